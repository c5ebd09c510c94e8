define void @kernel0(ptr noalias %data0, ptr noalias %data1, ptr noalias %data2, i64 %start, i64 %end) nounwind {
entry:
  %acc8 = alloca float
  %acc9 = alloca float
  %acc10 = alloca float
  %acc11 = alloca float
  %acc12 = alloca float
  %acc13 = alloca float
  %acc14 = alloca float
  %acc15 = alloca float
  %acc16 = alloca float
  %acc17 = alloca float
  %acc18 = alloca float
  %acc19 = alloca float
  %acc20 = alloca float
  %acc21 = alloca float
  %acc22 = alloca float
  %acc23 = alloca float
  %acc24 = alloca float
  %acc25 = alloca float
  %acc26 = alloca float
  %acc27 = alloca float
  %acc28 = alloca float
  %acc29 = alloca float
  %acc30 = alloca float
  %acc31 = alloca float
  %acc32 = alloca float
  %acc33 = alloca float
  %acc34 = alloca float
  %acc35 = alloca float
  %acc36 = alloca float
  %acc37 = alloca float
  %acc38 = alloca float
  %acc39 = alloca float
  %acc40 = alloca float
  %acc41 = alloca float
  %acc42 = alloca float
  %acc43 = alloca float
  %acc44 = alloca float
  %acc45 = alloca float
  %acc46 = alloca float
  %acc47 = alloca float
  %acc48 = alloca float
  %acc49 = alloca float
  %acc50 = alloca float
  %acc51 = alloca float
  %acc52 = alloca float
  %acc53 = alloca float
  %acc54 = alloca float
  %acc55 = alloca float
  %acc56 = alloca float
  %acc57 = alloca float
  %acc58 = alloca float
  %acc59 = alloca float
  %acc60 = alloca float
  %acc61 = alloca float
  %acc62 = alloca float
  %acc63 = alloca float
  %acc64 = alloca float
  %acc65 = alloca float
  %acc66 = alloca float
  %acc67 = alloca float
  %acc68 = alloca float
  %acc69 = alloca float
  %acc70 = alloca float
  %acc71 = alloca float
  br label %loop5
loop5:
  %r5 = phi i64 [%start, %entry], [%r5.next, %loop5.latch]
  br label %loop7
loop7:
  %r7 = phi i64 [0, %loop5], [%r7.next, %loop7.latch]
  store float 0x0000000000000000, ptr %acc8
  store float 0x0000000000000000, ptr %acc9
  store float 0x0000000000000000, ptr %acc10
  store float 0x0000000000000000, ptr %acc11
  store float 0x0000000000000000, ptr %acc12
  store float 0x0000000000000000, ptr %acc13
  store float 0x0000000000000000, ptr %acc14
  store float 0x0000000000000000, ptr %acc15
  store float 0x0000000000000000, ptr %acc16
  store float 0x0000000000000000, ptr %acc17
  store float 0x0000000000000000, ptr %acc18
  store float 0x0000000000000000, ptr %acc19
  store float 0x0000000000000000, ptr %acc20
  store float 0x0000000000000000, ptr %acc21
  store float 0x0000000000000000, ptr %acc22
  store float 0x0000000000000000, ptr %acc23
  store float 0x0000000000000000, ptr %acc24
  store float 0x0000000000000000, ptr %acc25
  store float 0x0000000000000000, ptr %acc26
  store float 0x0000000000000000, ptr %acc27
  store float 0x0000000000000000, ptr %acc28
  store float 0x0000000000000000, ptr %acc29
  store float 0x0000000000000000, ptr %acc30
  store float 0x0000000000000000, ptr %acc31
  store float 0x0000000000000000, ptr %acc32
  store float 0x0000000000000000, ptr %acc33
  store float 0x0000000000000000, ptr %acc34
  store float 0x0000000000000000, ptr %acc35
  store float 0x0000000000000000, ptr %acc36
  store float 0x0000000000000000, ptr %acc37
  store float 0x0000000000000000, ptr %acc38
  store float 0x0000000000000000, ptr %acc39
  store float 0x0000000000000000, ptr %acc40
  store float 0x0000000000000000, ptr %acc41
  store float 0x0000000000000000, ptr %acc42
  store float 0x0000000000000000, ptr %acc43
  store float 0x0000000000000000, ptr %acc44
  store float 0x0000000000000000, ptr %acc45
  store float 0x0000000000000000, ptr %acc46
  store float 0x0000000000000000, ptr %acc47
  store float 0x0000000000000000, ptr %acc48
  store float 0x0000000000000000, ptr %acc49
  store float 0x0000000000000000, ptr %acc50
  store float 0x0000000000000000, ptr %acc51
  store float 0x0000000000000000, ptr %acc52
  store float 0x0000000000000000, ptr %acc53
  store float 0x0000000000000000, ptr %acc54
  store float 0x0000000000000000, ptr %acc55
  store float 0x0000000000000000, ptr %acc56
  store float 0x0000000000000000, ptr %acc57
  store float 0x0000000000000000, ptr %acc58
  store float 0x0000000000000000, ptr %acc59
  store float 0x0000000000000000, ptr %acc60
  store float 0x0000000000000000, ptr %acc61
  store float 0x0000000000000000, ptr %acc62
  store float 0x0000000000000000, ptr %acc63
  store float 0x0000000000000000, ptr %acc64
  store float 0x0000000000000000, ptr %acc65
  store float 0x0000000000000000, ptr %acc66
  store float 0x0000000000000000, ptr %acc67
  store float 0x0000000000000000, ptr %acc68
  store float 0x0000000000000000, ptr %acc69
  store float 0x0000000000000000, ptr %acc70
  store float 0x0000000000000000, ptr %acc71
  br label %loop73
loop73:
  %r73 = phi i64 [0, %loop7], [%r73.next, %loop73.latch]
  %t1 = mul i64 %r5, 32
  %t2 = add i64 %t1, %r73
  %t3 = getelementptr inbounds float, ptr %data1, i64 %t2
  %t4 = load float, ptr %t3
  %t5 = mul i64 %r73, 32
  %t6 = getelementptr inbounds float, ptr %data2, i64 %t5
  %t7 = load float, ptr %t6
  %t8 = fmul contract float %t4, %t7
  %t9 = load float, ptr %acc8
  %t10 = fadd reassoc nsz contract float %t9, %t8
  store float %t10, ptr %acc8
  %t11 = add i64 %t2, 16
  %t12 = getelementptr inbounds float, ptr %data1, i64 %t11
  %t13 = load float, ptr %t12
  %t14 = fmul contract float %t13, %t7
  %t15 = load float, ptr %acc9
  %t16 = fadd reassoc nsz contract float %t15, %t14
  store float %t16, ptr %acc9
  %t17 = add i64 %t5, 1
  %t18 = getelementptr inbounds float, ptr %data2, i64 %t17
  %t19 = load float, ptr %t18
  %t20 = fmul contract float %t4, %t19
  %t21 = load float, ptr %acc10
  %t22 = fadd reassoc nsz contract float %t21, %t20
  store float %t22, ptr %acc10
  %t23 = fmul contract float %t13, %t19
  %t24 = load float, ptr %acc11
  %t25 = fadd reassoc nsz contract float %t24, %t23
  store float %t25, ptr %acc11
  %t26 = add i64 %t5, 2
  %t27 = getelementptr inbounds float, ptr %data2, i64 %t26
  %t28 = load float, ptr %t27
  %t29 = fmul contract float %t4, %t28
  %t30 = load float, ptr %acc12
  %t31 = fadd reassoc nsz contract float %t30, %t29
  store float %t31, ptr %acc12
  %t32 = fmul contract float %t13, %t28
  %t33 = load float, ptr %acc13
  %t34 = fadd reassoc nsz contract float %t33, %t32
  store float %t34, ptr %acc13
  %t35 = add i64 %t5, 3
  %t36 = getelementptr inbounds float, ptr %data2, i64 %t35
  %t37 = load float, ptr %t36
  %t38 = fmul contract float %t4, %t37
  %t39 = load float, ptr %acc14
  %t40 = fadd reassoc nsz contract float %t39, %t38
  store float %t40, ptr %acc14
  %t41 = fmul contract float %t13, %t37
  %t42 = load float, ptr %acc15
  %t43 = fadd reassoc nsz contract float %t42, %t41
  store float %t43, ptr %acc15
  %t44 = add i64 %t5, 4
  %t45 = getelementptr inbounds float, ptr %data2, i64 %t44
  %t46 = load float, ptr %t45
  %t47 = fmul contract float %t4, %t46
  %t48 = load float, ptr %acc16
  %t49 = fadd reassoc nsz contract float %t48, %t47
  store float %t49, ptr %acc16
  %t50 = fmul contract float %t13, %t46
  %t51 = load float, ptr %acc17
  %t52 = fadd reassoc nsz contract float %t51, %t50
  store float %t52, ptr %acc17
  %t53 = add i64 %t5, 5
  %t54 = getelementptr inbounds float, ptr %data2, i64 %t53
  %t55 = load float, ptr %t54
  %t56 = fmul contract float %t4, %t55
  %t57 = load float, ptr %acc18
  %t58 = fadd reassoc nsz contract float %t57, %t56
  store float %t58, ptr %acc18
  %t59 = fmul contract float %t13, %t55
  %t60 = load float, ptr %acc19
  %t61 = fadd reassoc nsz contract float %t60, %t59
  store float %t61, ptr %acc19
  %t62 = add i64 %t5, 6
  %t63 = getelementptr inbounds float, ptr %data2, i64 %t62
  %t64 = load float, ptr %t63
  %t65 = fmul contract float %t4, %t64
  %t66 = load float, ptr %acc20
  %t67 = fadd reassoc nsz contract float %t66, %t65
  store float %t67, ptr %acc20
  %t68 = fmul contract float %t13, %t64
  %t69 = load float, ptr %acc21
  %t70 = fadd reassoc nsz contract float %t69, %t68
  store float %t70, ptr %acc21
  %t71 = add i64 %t5, 7
  %t72 = getelementptr inbounds float, ptr %data2, i64 %t71
  %t73 = load float, ptr %t72
  %t74 = fmul contract float %t4, %t73
  %t75 = load float, ptr %acc22
  %t76 = fadd reassoc nsz contract float %t75, %t74
  store float %t76, ptr %acc22
  %t77 = fmul contract float %t13, %t73
  %t78 = load float, ptr %acc23
  %t79 = fadd reassoc nsz contract float %t78, %t77
  store float %t79, ptr %acc23
  %t80 = add i64 %t5, 8
  %t81 = getelementptr inbounds float, ptr %data2, i64 %t80
  %t82 = load float, ptr %t81
  %t83 = fmul contract float %t4, %t82
  %t84 = load float, ptr %acc24
  %t85 = fadd reassoc nsz contract float %t84, %t83
  store float %t85, ptr %acc24
  %t86 = fmul contract float %t13, %t82
  %t87 = load float, ptr %acc25
  %t88 = fadd reassoc nsz contract float %t87, %t86
  store float %t88, ptr %acc25
  %t89 = add i64 %t5, 9
  %t90 = getelementptr inbounds float, ptr %data2, i64 %t89
  %t91 = load float, ptr %t90
  %t92 = fmul contract float %t4, %t91
  %t93 = load float, ptr %acc26
  %t94 = fadd reassoc nsz contract float %t93, %t92
  store float %t94, ptr %acc26
  %t95 = fmul contract float %t13, %t91
  %t96 = load float, ptr %acc27
  %t97 = fadd reassoc nsz contract float %t96, %t95
  store float %t97, ptr %acc27
  %t98 = add i64 %t5, 10
  %t99 = getelementptr inbounds float, ptr %data2, i64 %t98
  %t100 = load float, ptr %t99
  %t101 = fmul contract float %t4, %t100
  %t102 = load float, ptr %acc28
  %t103 = fadd reassoc nsz contract float %t102, %t101
  store float %t103, ptr %acc28
  %t104 = fmul contract float %t13, %t100
  %t105 = load float, ptr %acc29
  %t106 = fadd reassoc nsz contract float %t105, %t104
  store float %t106, ptr %acc29
  %t107 = add i64 %t5, 11
  %t108 = getelementptr inbounds float, ptr %data2, i64 %t107
  %t109 = load float, ptr %t108
  %t110 = fmul contract float %t4, %t109
  %t111 = load float, ptr %acc30
  %t112 = fadd reassoc nsz contract float %t111, %t110
  store float %t112, ptr %acc30
  %t113 = fmul contract float %t13, %t109
  %t114 = load float, ptr %acc31
  %t115 = fadd reassoc nsz contract float %t114, %t113
  store float %t115, ptr %acc31
  %t116 = add i64 %t5, 12
  %t117 = getelementptr inbounds float, ptr %data2, i64 %t116
  %t118 = load float, ptr %t117
  %t119 = fmul contract float %t4, %t118
  %t120 = load float, ptr %acc32
  %t121 = fadd reassoc nsz contract float %t120, %t119
  store float %t121, ptr %acc32
  %t122 = fmul contract float %t13, %t118
  %t123 = load float, ptr %acc33
  %t124 = fadd reassoc nsz contract float %t123, %t122
  store float %t124, ptr %acc33
  %t125 = add i64 %t5, 13
  %t126 = getelementptr inbounds float, ptr %data2, i64 %t125
  %t127 = load float, ptr %t126
  %t128 = fmul contract float %t4, %t127
  %t129 = load float, ptr %acc34
  %t130 = fadd reassoc nsz contract float %t129, %t128
  store float %t130, ptr %acc34
  %t131 = fmul contract float %t13, %t127
  %t132 = load float, ptr %acc35
  %t133 = fadd reassoc nsz contract float %t132, %t131
  store float %t133, ptr %acc35
  %t134 = add i64 %t5, 14
  %t135 = getelementptr inbounds float, ptr %data2, i64 %t134
  %t136 = load float, ptr %t135
  %t137 = fmul contract float %t4, %t136
  %t138 = load float, ptr %acc36
  %t139 = fadd reassoc nsz contract float %t138, %t137
  store float %t139, ptr %acc36
  %t140 = fmul contract float %t13, %t136
  %t141 = load float, ptr %acc37
  %t142 = fadd reassoc nsz contract float %t141, %t140
  store float %t142, ptr %acc37
  %t143 = add i64 %t5, 15
  %t144 = getelementptr inbounds float, ptr %data2, i64 %t143
  %t145 = load float, ptr %t144
  %t146 = fmul contract float %t4, %t145
  %t147 = load float, ptr %acc38
  %t148 = fadd reassoc nsz contract float %t147, %t146
  store float %t148, ptr %acc38
  %t149 = fmul contract float %t13, %t145
  %t150 = load float, ptr %acc39
  %t151 = fadd reassoc nsz contract float %t150, %t149
  store float %t151, ptr %acc39
  %t152 = add i64 %t5, 16
  %t153 = getelementptr inbounds float, ptr %data2, i64 %t152
  %t154 = load float, ptr %t153
  %t155 = fmul contract float %t4, %t154
  %t156 = load float, ptr %acc40
  %t157 = fadd reassoc nsz contract float %t156, %t155
  store float %t157, ptr %acc40
  %t158 = fmul contract float %t13, %t154
  %t159 = load float, ptr %acc41
  %t160 = fadd reassoc nsz contract float %t159, %t158
  store float %t160, ptr %acc41
  %t161 = add i64 %t5, 17
  %t162 = getelementptr inbounds float, ptr %data2, i64 %t161
  %t163 = load float, ptr %t162
  %t164 = fmul contract float %t4, %t163
  %t165 = load float, ptr %acc42
  %t166 = fadd reassoc nsz contract float %t165, %t164
  store float %t166, ptr %acc42
  %t167 = fmul contract float %t13, %t163
  %t168 = load float, ptr %acc43
  %t169 = fadd reassoc nsz contract float %t168, %t167
  store float %t169, ptr %acc43
  %t170 = add i64 %t5, 18
  %t171 = getelementptr inbounds float, ptr %data2, i64 %t170
  %t172 = load float, ptr %t171
  %t173 = fmul contract float %t4, %t172
  %t174 = load float, ptr %acc44
  %t175 = fadd reassoc nsz contract float %t174, %t173
  store float %t175, ptr %acc44
  %t176 = fmul contract float %t13, %t172
  %t177 = load float, ptr %acc45
  %t178 = fadd reassoc nsz contract float %t177, %t176
  store float %t178, ptr %acc45
  %t179 = add i64 %t5, 19
  %t180 = getelementptr inbounds float, ptr %data2, i64 %t179
  %t181 = load float, ptr %t180
  %t182 = fmul contract float %t4, %t181
  %t183 = load float, ptr %acc46
  %t184 = fadd reassoc nsz contract float %t183, %t182
  store float %t184, ptr %acc46
  %t185 = fmul contract float %t13, %t181
  %t186 = load float, ptr %acc47
  %t187 = fadd reassoc nsz contract float %t186, %t185
  store float %t187, ptr %acc47
  %t188 = add i64 %t5, 20
  %t189 = getelementptr inbounds float, ptr %data2, i64 %t188
  %t190 = load float, ptr %t189
  %t191 = fmul contract float %t4, %t190
  %t192 = load float, ptr %acc48
  %t193 = fadd reassoc nsz contract float %t192, %t191
  store float %t193, ptr %acc48
  %t194 = fmul contract float %t13, %t190
  %t195 = load float, ptr %acc49
  %t196 = fadd reassoc nsz contract float %t195, %t194
  store float %t196, ptr %acc49
  %t197 = add i64 %t5, 21
  %t198 = getelementptr inbounds float, ptr %data2, i64 %t197
  %t199 = load float, ptr %t198
  %t200 = fmul contract float %t4, %t199
  %t201 = load float, ptr %acc50
  %t202 = fadd reassoc nsz contract float %t201, %t200
  store float %t202, ptr %acc50
  %t203 = fmul contract float %t13, %t199
  %t204 = load float, ptr %acc51
  %t205 = fadd reassoc nsz contract float %t204, %t203
  store float %t205, ptr %acc51
  %t206 = add i64 %t5, 22
  %t207 = getelementptr inbounds float, ptr %data2, i64 %t206
  %t208 = load float, ptr %t207
  %t209 = fmul contract float %t4, %t208
  %t210 = load float, ptr %acc52
  %t211 = fadd reassoc nsz contract float %t210, %t209
  store float %t211, ptr %acc52
  %t212 = fmul contract float %t13, %t208
  %t213 = load float, ptr %acc53
  %t214 = fadd reassoc nsz contract float %t213, %t212
  store float %t214, ptr %acc53
  %t215 = add i64 %t5, 23
  %t216 = getelementptr inbounds float, ptr %data2, i64 %t215
  %t217 = load float, ptr %t216
  %t218 = fmul contract float %t4, %t217
  %t219 = load float, ptr %acc54
  %t220 = fadd reassoc nsz contract float %t219, %t218
  store float %t220, ptr %acc54
  %t221 = fmul contract float %t13, %t217
  %t222 = load float, ptr %acc55
  %t223 = fadd reassoc nsz contract float %t222, %t221
  store float %t223, ptr %acc55
  %t224 = add i64 %t5, 24
  %t225 = getelementptr inbounds float, ptr %data2, i64 %t224
  %t226 = load float, ptr %t225
  %t227 = fmul contract float %t4, %t226
  %t228 = load float, ptr %acc56
  %t229 = fadd reassoc nsz contract float %t228, %t227
  store float %t229, ptr %acc56
  %t230 = fmul contract float %t13, %t226
  %t231 = load float, ptr %acc57
  %t232 = fadd reassoc nsz contract float %t231, %t230
  store float %t232, ptr %acc57
  %t233 = add i64 %t5, 25
  %t234 = getelementptr inbounds float, ptr %data2, i64 %t233
  %t235 = load float, ptr %t234
  %t236 = fmul contract float %t4, %t235
  %t237 = load float, ptr %acc58
  %t238 = fadd reassoc nsz contract float %t237, %t236
  store float %t238, ptr %acc58
  %t239 = fmul contract float %t13, %t235
  %t240 = load float, ptr %acc59
  %t241 = fadd reassoc nsz contract float %t240, %t239
  store float %t241, ptr %acc59
  %t242 = add i64 %t5, 26
  %t243 = getelementptr inbounds float, ptr %data2, i64 %t242
  %t244 = load float, ptr %t243
  %t245 = fmul contract float %t4, %t244
  %t246 = load float, ptr %acc60
  %t247 = fadd reassoc nsz contract float %t246, %t245
  store float %t247, ptr %acc60
  %t248 = fmul contract float %t13, %t244
  %t249 = load float, ptr %acc61
  %t250 = fadd reassoc nsz contract float %t249, %t248
  store float %t250, ptr %acc61
  %t251 = add i64 %t5, 27
  %t252 = getelementptr inbounds float, ptr %data2, i64 %t251
  %t253 = load float, ptr %t252
  %t254 = fmul contract float %t4, %t253
  %t255 = load float, ptr %acc62
  %t256 = fadd reassoc nsz contract float %t255, %t254
  store float %t256, ptr %acc62
  %t257 = fmul contract float %t13, %t253
  %t258 = load float, ptr %acc63
  %t259 = fadd reassoc nsz contract float %t258, %t257
  store float %t259, ptr %acc63
  %t260 = add i64 %t5, 28
  %t261 = getelementptr inbounds float, ptr %data2, i64 %t260
  %t262 = load float, ptr %t261
  %t263 = fmul contract float %t4, %t262
  %t264 = load float, ptr %acc64
  %t265 = fadd reassoc nsz contract float %t264, %t263
  store float %t265, ptr %acc64
  %t266 = fmul contract float %t13, %t262
  %t267 = load float, ptr %acc65
  %t268 = fadd reassoc nsz contract float %t267, %t266
  store float %t268, ptr %acc65
  %t269 = add i64 %t5, 29
  %t270 = getelementptr inbounds float, ptr %data2, i64 %t269
  %t271 = load float, ptr %t270
  %t272 = fmul contract float %t4, %t271
  %t273 = load float, ptr %acc66
  %t274 = fadd reassoc nsz contract float %t273, %t272
  store float %t274, ptr %acc66
  %t275 = fmul contract float %t13, %t271
  %t276 = load float, ptr %acc67
  %t277 = fadd reassoc nsz contract float %t276, %t275
  store float %t277, ptr %acc67
  %t278 = add i64 %t5, 30
  %t279 = getelementptr inbounds float, ptr %data2, i64 %t278
  %t280 = load float, ptr %t279
  %t281 = fmul contract float %t4, %t280
  %t282 = load float, ptr %acc68
  %t283 = fadd reassoc nsz contract float %t282, %t281
  store float %t283, ptr %acc68
  %t284 = fmul contract float %t13, %t280
  %t285 = load float, ptr %acc69
  %t286 = fadd reassoc nsz contract float %t285, %t284
  store float %t286, ptr %acc69
  %t287 = add i64 %t5, 31
  %t288 = getelementptr inbounds float, ptr %data2, i64 %t287
  %t289 = load float, ptr %t288
  %t290 = fmul contract float %t4, %t289
  %t291 = load float, ptr %acc70
  %t292 = fadd reassoc nsz contract float %t291, %t290
  store float %t292, ptr %acc70
  %t293 = fmul contract float %t13, %t289
  %t294 = load float, ptr %acc71
  %t295 = fadd reassoc nsz contract float %t294, %t293
  store float %t295, ptr %acc71
  br label %loop73.latch
loop73.latch:
  %r73.next = add nuw nsw i64 %r73, 1
  %r73.more = icmp slt i64 %r73.next, 16
  br i1 %r73.more, label %loop73, label %loop73.exit, !llvm.loop !1
loop73.exit:
  %t296 = mul i64 %r5, 64
  %t297 = getelementptr inbounds float, ptr %data0, i64 %t296
  %t298 = load float, ptr %acc8
  store float %t298, ptr %t297
  %t299 = add i64 %t296, 32
  %t300 = getelementptr inbounds float, ptr %data0, i64 %t299
  %t301 = load float, ptr %acc9
  store float %t301, ptr %t300
  %t302 = add i64 %t296, 1
  %t303 = getelementptr inbounds float, ptr %data0, i64 %t302
  %t304 = load float, ptr %acc10
  store float %t304, ptr %t303
  %t305 = add i64 %t302, 32
  %t306 = getelementptr inbounds float, ptr %data0, i64 %t305
  %t307 = load float, ptr %acc11
  store float %t307, ptr %t306
  %t308 = add i64 %t296, 2
  %t309 = getelementptr inbounds float, ptr %data0, i64 %t308
  %t310 = load float, ptr %acc12
  store float %t310, ptr %t309
  %t311 = add i64 %t308, 32
  %t312 = getelementptr inbounds float, ptr %data0, i64 %t311
  %t313 = load float, ptr %acc13
  store float %t313, ptr %t312
  %t314 = add i64 %t296, 3
  %t315 = getelementptr inbounds float, ptr %data0, i64 %t314
  %t316 = load float, ptr %acc14
  store float %t316, ptr %t315
  %t317 = add i64 %t314, 32
  %t318 = getelementptr inbounds float, ptr %data0, i64 %t317
  %t319 = load float, ptr %acc15
  store float %t319, ptr %t318
  %t320 = add i64 %t296, 4
  %t321 = getelementptr inbounds float, ptr %data0, i64 %t320
  %t322 = load float, ptr %acc16
  store float %t322, ptr %t321
  %t323 = add i64 %t320, 32
  %t324 = getelementptr inbounds float, ptr %data0, i64 %t323
  %t325 = load float, ptr %acc17
  store float %t325, ptr %t324
  %t326 = add i64 %t296, 5
  %t327 = getelementptr inbounds float, ptr %data0, i64 %t326
  %t328 = load float, ptr %acc18
  store float %t328, ptr %t327
  %t329 = add i64 %t326, 32
  %t330 = getelementptr inbounds float, ptr %data0, i64 %t329
  %t331 = load float, ptr %acc19
  store float %t331, ptr %t330
  %t332 = add i64 %t296, 6
  %t333 = getelementptr inbounds float, ptr %data0, i64 %t332
  %t334 = load float, ptr %acc20
  store float %t334, ptr %t333
  %t335 = add i64 %t332, 32
  %t336 = getelementptr inbounds float, ptr %data0, i64 %t335
  %t337 = load float, ptr %acc21
  store float %t337, ptr %t336
  %t338 = add i64 %t296, 7
  %t339 = getelementptr inbounds float, ptr %data0, i64 %t338
  %t340 = load float, ptr %acc22
  store float %t340, ptr %t339
  %t341 = add i64 %t338, 32
  %t342 = getelementptr inbounds float, ptr %data0, i64 %t341
  %t343 = load float, ptr %acc23
  store float %t343, ptr %t342
  %t344 = add i64 %t296, 8
  %t345 = getelementptr inbounds float, ptr %data0, i64 %t344
  %t346 = load float, ptr %acc24
  store float %t346, ptr %t345
  %t347 = add i64 %t344, 32
  %t348 = getelementptr inbounds float, ptr %data0, i64 %t347
  %t349 = load float, ptr %acc25
  store float %t349, ptr %t348
  %t350 = add i64 %t296, 9
  %t351 = getelementptr inbounds float, ptr %data0, i64 %t350
  %t352 = load float, ptr %acc26
  store float %t352, ptr %t351
  %t353 = add i64 %t350, 32
  %t354 = getelementptr inbounds float, ptr %data0, i64 %t353
  %t355 = load float, ptr %acc27
  store float %t355, ptr %t354
  %t356 = add i64 %t296, 10
  %t357 = getelementptr inbounds float, ptr %data0, i64 %t356
  %t358 = load float, ptr %acc28
  store float %t358, ptr %t357
  %t359 = add i64 %t356, 32
  %t360 = getelementptr inbounds float, ptr %data0, i64 %t359
  %t361 = load float, ptr %acc29
  store float %t361, ptr %t360
  %t362 = add i64 %t296, 11
  %t363 = getelementptr inbounds float, ptr %data0, i64 %t362
  %t364 = load float, ptr %acc30
  store float %t364, ptr %t363
  %t365 = add i64 %t362, 32
  %t366 = getelementptr inbounds float, ptr %data0, i64 %t365
  %t367 = load float, ptr %acc31
  store float %t367, ptr %t366
  %t368 = add i64 %t296, 12
  %t369 = getelementptr inbounds float, ptr %data0, i64 %t368
  %t370 = load float, ptr %acc32
  store float %t370, ptr %t369
  %t371 = add i64 %t368, 32
  %t372 = getelementptr inbounds float, ptr %data0, i64 %t371
  %t373 = load float, ptr %acc33
  store float %t373, ptr %t372
  %t374 = add i64 %t296, 13
  %t375 = getelementptr inbounds float, ptr %data0, i64 %t374
  %t376 = load float, ptr %acc34
  store float %t376, ptr %t375
  %t377 = add i64 %t374, 32
  %t378 = getelementptr inbounds float, ptr %data0, i64 %t377
  %t379 = load float, ptr %acc35
  store float %t379, ptr %t378
  %t380 = add i64 %t296, 14
  %t381 = getelementptr inbounds float, ptr %data0, i64 %t380
  %t382 = load float, ptr %acc36
  store float %t382, ptr %t381
  %t383 = add i64 %t380, 32
  %t384 = getelementptr inbounds float, ptr %data0, i64 %t383
  %t385 = load float, ptr %acc37
  store float %t385, ptr %t384
  %t386 = add i64 %t296, 15
  %t387 = getelementptr inbounds float, ptr %data0, i64 %t386
  %t388 = load float, ptr %acc38
  store float %t388, ptr %t387
  %t389 = add i64 %t386, 32
  %t390 = getelementptr inbounds float, ptr %data0, i64 %t389
  %t391 = load float, ptr %acc39
  store float %t391, ptr %t390
  %t392 = add i64 %t296, 16
  %t393 = getelementptr inbounds float, ptr %data0, i64 %t392
  %t394 = load float, ptr %acc40
  store float %t394, ptr %t393
  %t395 = add i64 %t392, 32
  %t396 = getelementptr inbounds float, ptr %data0, i64 %t395
  %t397 = load float, ptr %acc41
  store float %t397, ptr %t396
  %t398 = add i64 %t296, 17
  %t399 = getelementptr inbounds float, ptr %data0, i64 %t398
  %t400 = load float, ptr %acc42
  store float %t400, ptr %t399
  %t401 = add i64 %t398, 32
  %t402 = getelementptr inbounds float, ptr %data0, i64 %t401
  %t403 = load float, ptr %acc43
  store float %t403, ptr %t402
  %t404 = add i64 %t296, 18
  %t405 = getelementptr inbounds float, ptr %data0, i64 %t404
  %t406 = load float, ptr %acc44
  store float %t406, ptr %t405
  %t407 = add i64 %t404, 32
  %t408 = getelementptr inbounds float, ptr %data0, i64 %t407
  %t409 = load float, ptr %acc45
  store float %t409, ptr %t408
  %t410 = add i64 %t296, 19
  %t411 = getelementptr inbounds float, ptr %data0, i64 %t410
  %t412 = load float, ptr %acc46
  store float %t412, ptr %t411
  %t413 = add i64 %t410, 32
  %t414 = getelementptr inbounds float, ptr %data0, i64 %t413
  %t415 = load float, ptr %acc47
  store float %t415, ptr %t414
  %t416 = add i64 %t296, 20
  %t417 = getelementptr inbounds float, ptr %data0, i64 %t416
  %t418 = load float, ptr %acc48
  store float %t418, ptr %t417
  %t419 = add i64 %t416, 32
  %t420 = getelementptr inbounds float, ptr %data0, i64 %t419
  %t421 = load float, ptr %acc49
  store float %t421, ptr %t420
  %t422 = add i64 %t296, 21
  %t423 = getelementptr inbounds float, ptr %data0, i64 %t422
  %t424 = load float, ptr %acc50
  store float %t424, ptr %t423
  %t425 = add i64 %t422, 32
  %t426 = getelementptr inbounds float, ptr %data0, i64 %t425
  %t427 = load float, ptr %acc51
  store float %t427, ptr %t426
  %t428 = add i64 %t296, 22
  %t429 = getelementptr inbounds float, ptr %data0, i64 %t428
  %t430 = load float, ptr %acc52
  store float %t430, ptr %t429
  %t431 = add i64 %t428, 32
  %t432 = getelementptr inbounds float, ptr %data0, i64 %t431
  %t433 = load float, ptr %acc53
  store float %t433, ptr %t432
  %t434 = add i64 %t296, 23
  %t435 = getelementptr inbounds float, ptr %data0, i64 %t434
  %t436 = load float, ptr %acc54
  store float %t436, ptr %t435
  %t437 = add i64 %t434, 32
  %t438 = getelementptr inbounds float, ptr %data0, i64 %t437
  %t439 = load float, ptr %acc55
  store float %t439, ptr %t438
  %t440 = add i64 %t296, 24
  %t441 = getelementptr inbounds float, ptr %data0, i64 %t440
  %t442 = load float, ptr %acc56
  store float %t442, ptr %t441
  %t443 = add i64 %t440, 32
  %t444 = getelementptr inbounds float, ptr %data0, i64 %t443
  %t445 = load float, ptr %acc57
  store float %t445, ptr %t444
  %t446 = add i64 %t296, 25
  %t447 = getelementptr inbounds float, ptr %data0, i64 %t446
  %t448 = load float, ptr %acc58
  store float %t448, ptr %t447
  %t449 = add i64 %t446, 32
  %t450 = getelementptr inbounds float, ptr %data0, i64 %t449
  %t451 = load float, ptr %acc59
  store float %t451, ptr %t450
  %t452 = add i64 %t296, 26
  %t453 = getelementptr inbounds float, ptr %data0, i64 %t452
  %t454 = load float, ptr %acc60
  store float %t454, ptr %t453
  %t455 = add i64 %t452, 32
  %t456 = getelementptr inbounds float, ptr %data0, i64 %t455
  %t457 = load float, ptr %acc61
  store float %t457, ptr %t456
  %t458 = add i64 %t296, 27
  %t459 = getelementptr inbounds float, ptr %data0, i64 %t458
  %t460 = load float, ptr %acc62
  store float %t460, ptr %t459
  %t461 = add i64 %t458, 32
  %t462 = getelementptr inbounds float, ptr %data0, i64 %t461
  %t463 = load float, ptr %acc63
  store float %t463, ptr %t462
  %t464 = add i64 %t296, 28
  %t465 = getelementptr inbounds float, ptr %data0, i64 %t464
  %t466 = load float, ptr %acc64
  store float %t466, ptr %t465
  %t467 = add i64 %t464, 32
  %t468 = getelementptr inbounds float, ptr %data0, i64 %t467
  %t469 = load float, ptr %acc65
  store float %t469, ptr %t468
  %t470 = add i64 %t296, 29
  %t471 = getelementptr inbounds float, ptr %data0, i64 %t470
  %t472 = load float, ptr %acc66
  store float %t472, ptr %t471
  %t473 = add i64 %t470, 32
  %t474 = getelementptr inbounds float, ptr %data0, i64 %t473
  %t475 = load float, ptr %acc67
  store float %t475, ptr %t474
  %t476 = add i64 %t296, 30
  %t477 = getelementptr inbounds float, ptr %data0, i64 %t476
  %t478 = load float, ptr %acc68
  store float %t478, ptr %t477
  %t479 = add i64 %t476, 32
  %t480 = getelementptr inbounds float, ptr %data0, i64 %t479
  %t481 = load float, ptr %acc69
  store float %t481, ptr %t480
  %t482 = add i64 %t296, 31
  %t483 = getelementptr inbounds float, ptr %data0, i64 %t482
  %t484 = load float, ptr %acc70
  store float %t484, ptr %t483
  %t485 = add i64 %t482, 32
  %t486 = getelementptr inbounds float, ptr %data0, i64 %t485
  %t487 = load float, ptr %acc71
  store float %t487, ptr %t486
  br label %loop7.latch
loop7.latch:
  %r7.next = add nuw nsw i64 %r7, 1
  %r7.more = icmp slt i64 %r7.next, 1
  br i1 %r7.more, label %loop7, label %loop7.exit
loop7.exit:
  br label %loop5.latch
loop5.latch:
  %r5.next = add nuw nsw i64 %r5, 1
  %r5.more = icmp slt i64 %r5.next, %end
  br i1 %r5.more, label %loop5, label %loop5.exit
loop5.exit:
  ret void
}

!0 = !{!"llvm.loop.vectorize.enable", i1 false}
!1 = distinct !{!1, !0}
