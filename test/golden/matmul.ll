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
  %acc72 = alloca float
  %acc73 = alloca float
  %acc74 = alloca float
  %acc75 = alloca float
  %acc76 = alloca float
  %acc77 = alloca float
  %acc78 = alloca float
  %acc79 = alloca float
  %acc80 = alloca float
  %acc81 = alloca float
  %acc82 = alloca float
  %acc83 = alloca float
  %acc84 = alloca float
  %acc85 = alloca float
  %acc86 = alloca float
  %acc87 = alloca float
  %acc88 = alloca float
  %acc89 = alloca float
  %acc90 = alloca float
  %acc91 = alloca float
  %acc92 = alloca float
  %acc93 = alloca float
  %acc94 = alloca float
  %acc95 = alloca float
  %acc96 = alloca float
  %acc97 = alloca float
  %acc98 = alloca float
  %acc99 = alloca float
  %acc100 = alloca float
  %acc101 = alloca float
  %acc102 = alloca float
  %acc103 = alloca float
  %acc104 = alloca float
  %acc105 = alloca float
  %acc106 = alloca float
  %acc107 = alloca float
  %acc108 = alloca float
  %acc109 = alloca float
  %acc110 = alloca float
  %acc111 = alloca float
  %acc112 = alloca float
  %acc113 = alloca float
  %acc114 = alloca float
  %acc115 = alloca float
  %acc116 = alloca float
  %acc117 = alloca float
  %acc118 = alloca float
  %acc119 = alloca float
  %acc120 = alloca float
  %acc121 = alloca float
  %acc122 = alloca float
  %acc123 = alloca float
  %acc124 = alloca float
  %acc125 = alloca float
  %acc126 = alloca float
  %acc127 = alloca float
  %acc128 = alloca float
  %acc129 = alloca float
  %acc130 = alloca float
  %acc131 = alloca float
  %acc132 = alloca float
  %acc133 = alloca float
  %acc134 = alloca float
  %acc135 = alloca float
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
  store float 0x0000000000000000, ptr %acc72
  store float 0x0000000000000000, ptr %acc73
  store float 0x0000000000000000, ptr %acc74
  store float 0x0000000000000000, ptr %acc75
  store float 0x0000000000000000, ptr %acc76
  store float 0x0000000000000000, ptr %acc77
  store float 0x0000000000000000, ptr %acc78
  store float 0x0000000000000000, ptr %acc79
  store float 0x0000000000000000, ptr %acc80
  store float 0x0000000000000000, ptr %acc81
  store float 0x0000000000000000, ptr %acc82
  store float 0x0000000000000000, ptr %acc83
  store float 0x0000000000000000, ptr %acc84
  store float 0x0000000000000000, ptr %acc85
  store float 0x0000000000000000, ptr %acc86
  store float 0x0000000000000000, ptr %acc87
  store float 0x0000000000000000, ptr %acc88
  store float 0x0000000000000000, ptr %acc89
  store float 0x0000000000000000, ptr %acc90
  store float 0x0000000000000000, ptr %acc91
  store float 0x0000000000000000, ptr %acc92
  store float 0x0000000000000000, ptr %acc93
  store float 0x0000000000000000, ptr %acc94
  store float 0x0000000000000000, ptr %acc95
  store float 0x0000000000000000, ptr %acc96
  store float 0x0000000000000000, ptr %acc97
  store float 0x0000000000000000, ptr %acc98
  store float 0x0000000000000000, ptr %acc99
  store float 0x0000000000000000, ptr %acc100
  store float 0x0000000000000000, ptr %acc101
  store float 0x0000000000000000, ptr %acc102
  store float 0x0000000000000000, ptr %acc103
  store float 0x0000000000000000, ptr %acc104
  store float 0x0000000000000000, ptr %acc105
  store float 0x0000000000000000, ptr %acc106
  store float 0x0000000000000000, ptr %acc107
  store float 0x0000000000000000, ptr %acc108
  store float 0x0000000000000000, ptr %acc109
  store float 0x0000000000000000, ptr %acc110
  store float 0x0000000000000000, ptr %acc111
  store float 0x0000000000000000, ptr %acc112
  store float 0x0000000000000000, ptr %acc113
  store float 0x0000000000000000, ptr %acc114
  store float 0x0000000000000000, ptr %acc115
  store float 0x0000000000000000, ptr %acc116
  store float 0x0000000000000000, ptr %acc117
  store float 0x0000000000000000, ptr %acc118
  store float 0x0000000000000000, ptr %acc119
  store float 0x0000000000000000, ptr %acc120
  store float 0x0000000000000000, ptr %acc121
  store float 0x0000000000000000, ptr %acc122
  store float 0x0000000000000000, ptr %acc123
  store float 0x0000000000000000, ptr %acc124
  store float 0x0000000000000000, ptr %acc125
  store float 0x0000000000000000, ptr %acc126
  store float 0x0000000000000000, ptr %acc127
  store float 0x0000000000000000, ptr %acc128
  store float 0x0000000000000000, ptr %acc129
  store float 0x0000000000000000, ptr %acc130
  store float 0x0000000000000000, ptr %acc131
  store float 0x0000000000000000, ptr %acc132
  store float 0x0000000000000000, ptr %acc133
  store float 0x0000000000000000, ptr %acc134
  store float 0x0000000000000000, ptr %acc135
  br label %loop137
loop137:
  %r137 = phi i64 [0, %loop7], [%r137.next, %loop137.latch]
  %t1 = mul i64 %r7, 64
  %t2 = add i64 %t1, %r137
  %t3 = getelementptr inbounds float, ptr %data1, i64 %t2
  %t4 = load float, ptr %t3
  %t5 = mul i64 %r137, 32
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
  %t17 = add i64 %t2, 32
  %t18 = getelementptr inbounds float, ptr %data1, i64 %t17
  %t19 = load float, ptr %t18
  %t20 = fmul contract float %t19, %t7
  %t21 = load float, ptr %acc10
  %t22 = fadd reassoc nsz contract float %t21, %t20
  store float %t22, ptr %acc10
  %t23 = add i64 %t2, 48
  %t24 = getelementptr inbounds float, ptr %data1, i64 %t23
  %t25 = load float, ptr %t24
  %t26 = fmul contract float %t25, %t7
  %t27 = load float, ptr %acc11
  %t28 = fadd reassoc nsz contract float %t27, %t26
  store float %t28, ptr %acc11
  %t29 = add i64 %t5, 1
  %t30 = getelementptr inbounds float, ptr %data2, i64 %t29
  %t31 = load float, ptr %t30
  %t32 = fmul contract float %t4, %t31
  %t33 = load float, ptr %acc12
  %t34 = fadd reassoc nsz contract float %t33, %t32
  store float %t34, ptr %acc12
  %t35 = fmul contract float %t13, %t31
  %t36 = load float, ptr %acc13
  %t37 = fadd reassoc nsz contract float %t36, %t35
  store float %t37, ptr %acc13
  %t38 = fmul contract float %t19, %t31
  %t39 = load float, ptr %acc14
  %t40 = fadd reassoc nsz contract float %t39, %t38
  store float %t40, ptr %acc14
  %t41 = fmul contract float %t25, %t31
  %t42 = load float, ptr %acc15
  %t43 = fadd reassoc nsz contract float %t42, %t41
  store float %t43, ptr %acc15
  %t44 = add i64 %t5, 2
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
  %t53 = fmul contract float %t19, %t46
  %t54 = load float, ptr %acc18
  %t55 = fadd reassoc nsz contract float %t54, %t53
  store float %t55, ptr %acc18
  %t56 = fmul contract float %t25, %t46
  %t57 = load float, ptr %acc19
  %t58 = fadd reassoc nsz contract float %t57, %t56
  store float %t58, ptr %acc19
  %t59 = add i64 %t5, 3
  %t60 = getelementptr inbounds float, ptr %data2, i64 %t59
  %t61 = load float, ptr %t60
  %t62 = fmul contract float %t4, %t61
  %t63 = load float, ptr %acc20
  %t64 = fadd reassoc nsz contract float %t63, %t62
  store float %t64, ptr %acc20
  %t65 = fmul contract float %t13, %t61
  %t66 = load float, ptr %acc21
  %t67 = fadd reassoc nsz contract float %t66, %t65
  store float %t67, ptr %acc21
  %t68 = fmul contract float %t19, %t61
  %t69 = load float, ptr %acc22
  %t70 = fadd reassoc nsz contract float %t69, %t68
  store float %t70, ptr %acc22
  %t71 = fmul contract float %t25, %t61
  %t72 = load float, ptr %acc23
  %t73 = fadd reassoc nsz contract float %t72, %t71
  store float %t73, ptr %acc23
  %t74 = add i64 %t5, 4
  %t75 = getelementptr inbounds float, ptr %data2, i64 %t74
  %t76 = load float, ptr %t75
  %t77 = fmul contract float %t4, %t76
  %t78 = load float, ptr %acc24
  %t79 = fadd reassoc nsz contract float %t78, %t77
  store float %t79, ptr %acc24
  %t80 = fmul contract float %t13, %t76
  %t81 = load float, ptr %acc25
  %t82 = fadd reassoc nsz contract float %t81, %t80
  store float %t82, ptr %acc25
  %t83 = fmul contract float %t19, %t76
  %t84 = load float, ptr %acc26
  %t85 = fadd reassoc nsz contract float %t84, %t83
  store float %t85, ptr %acc26
  %t86 = fmul contract float %t25, %t76
  %t87 = load float, ptr %acc27
  %t88 = fadd reassoc nsz contract float %t87, %t86
  store float %t88, ptr %acc27
  %t89 = add i64 %t5, 5
  %t90 = getelementptr inbounds float, ptr %data2, i64 %t89
  %t91 = load float, ptr %t90
  %t92 = fmul contract float %t4, %t91
  %t93 = load float, ptr %acc28
  %t94 = fadd reassoc nsz contract float %t93, %t92
  store float %t94, ptr %acc28
  %t95 = fmul contract float %t13, %t91
  %t96 = load float, ptr %acc29
  %t97 = fadd reassoc nsz contract float %t96, %t95
  store float %t97, ptr %acc29
  %t98 = fmul contract float %t19, %t91
  %t99 = load float, ptr %acc30
  %t100 = fadd reassoc nsz contract float %t99, %t98
  store float %t100, ptr %acc30
  %t101 = fmul contract float %t25, %t91
  %t102 = load float, ptr %acc31
  %t103 = fadd reassoc nsz contract float %t102, %t101
  store float %t103, ptr %acc31
  %t104 = add i64 %t5, 6
  %t105 = getelementptr inbounds float, ptr %data2, i64 %t104
  %t106 = load float, ptr %t105
  %t107 = fmul contract float %t4, %t106
  %t108 = load float, ptr %acc32
  %t109 = fadd reassoc nsz contract float %t108, %t107
  store float %t109, ptr %acc32
  %t110 = fmul contract float %t13, %t106
  %t111 = load float, ptr %acc33
  %t112 = fadd reassoc nsz contract float %t111, %t110
  store float %t112, ptr %acc33
  %t113 = fmul contract float %t19, %t106
  %t114 = load float, ptr %acc34
  %t115 = fadd reassoc nsz contract float %t114, %t113
  store float %t115, ptr %acc34
  %t116 = fmul contract float %t25, %t106
  %t117 = load float, ptr %acc35
  %t118 = fadd reassoc nsz contract float %t117, %t116
  store float %t118, ptr %acc35
  %t119 = add i64 %t5, 7
  %t120 = getelementptr inbounds float, ptr %data2, i64 %t119
  %t121 = load float, ptr %t120
  %t122 = fmul contract float %t4, %t121
  %t123 = load float, ptr %acc36
  %t124 = fadd reassoc nsz contract float %t123, %t122
  store float %t124, ptr %acc36
  %t125 = fmul contract float %t13, %t121
  %t126 = load float, ptr %acc37
  %t127 = fadd reassoc nsz contract float %t126, %t125
  store float %t127, ptr %acc37
  %t128 = fmul contract float %t19, %t121
  %t129 = load float, ptr %acc38
  %t130 = fadd reassoc nsz contract float %t129, %t128
  store float %t130, ptr %acc38
  %t131 = fmul contract float %t25, %t121
  %t132 = load float, ptr %acc39
  %t133 = fadd reassoc nsz contract float %t132, %t131
  store float %t133, ptr %acc39
  %t134 = add i64 %t5, 8
  %t135 = getelementptr inbounds float, ptr %data2, i64 %t134
  %t136 = load float, ptr %t135
  %t137 = fmul contract float %t4, %t136
  %t138 = load float, ptr %acc40
  %t139 = fadd reassoc nsz contract float %t138, %t137
  store float %t139, ptr %acc40
  %t140 = fmul contract float %t13, %t136
  %t141 = load float, ptr %acc41
  %t142 = fadd reassoc nsz contract float %t141, %t140
  store float %t142, ptr %acc41
  %t143 = fmul contract float %t19, %t136
  %t144 = load float, ptr %acc42
  %t145 = fadd reassoc nsz contract float %t144, %t143
  store float %t145, ptr %acc42
  %t146 = fmul contract float %t25, %t136
  %t147 = load float, ptr %acc43
  %t148 = fadd reassoc nsz contract float %t147, %t146
  store float %t148, ptr %acc43
  %t149 = add i64 %t5, 9
  %t150 = getelementptr inbounds float, ptr %data2, i64 %t149
  %t151 = load float, ptr %t150
  %t152 = fmul contract float %t4, %t151
  %t153 = load float, ptr %acc44
  %t154 = fadd reassoc nsz contract float %t153, %t152
  store float %t154, ptr %acc44
  %t155 = fmul contract float %t13, %t151
  %t156 = load float, ptr %acc45
  %t157 = fadd reassoc nsz contract float %t156, %t155
  store float %t157, ptr %acc45
  %t158 = fmul contract float %t19, %t151
  %t159 = load float, ptr %acc46
  %t160 = fadd reassoc nsz contract float %t159, %t158
  store float %t160, ptr %acc46
  %t161 = fmul contract float %t25, %t151
  %t162 = load float, ptr %acc47
  %t163 = fadd reassoc nsz contract float %t162, %t161
  store float %t163, ptr %acc47
  %t164 = add i64 %t5, 10
  %t165 = getelementptr inbounds float, ptr %data2, i64 %t164
  %t166 = load float, ptr %t165
  %t167 = fmul contract float %t4, %t166
  %t168 = load float, ptr %acc48
  %t169 = fadd reassoc nsz contract float %t168, %t167
  store float %t169, ptr %acc48
  %t170 = fmul contract float %t13, %t166
  %t171 = load float, ptr %acc49
  %t172 = fadd reassoc nsz contract float %t171, %t170
  store float %t172, ptr %acc49
  %t173 = fmul contract float %t19, %t166
  %t174 = load float, ptr %acc50
  %t175 = fadd reassoc nsz contract float %t174, %t173
  store float %t175, ptr %acc50
  %t176 = fmul contract float %t25, %t166
  %t177 = load float, ptr %acc51
  %t178 = fadd reassoc nsz contract float %t177, %t176
  store float %t178, ptr %acc51
  %t179 = add i64 %t5, 11
  %t180 = getelementptr inbounds float, ptr %data2, i64 %t179
  %t181 = load float, ptr %t180
  %t182 = fmul contract float %t4, %t181
  %t183 = load float, ptr %acc52
  %t184 = fadd reassoc nsz contract float %t183, %t182
  store float %t184, ptr %acc52
  %t185 = fmul contract float %t13, %t181
  %t186 = load float, ptr %acc53
  %t187 = fadd reassoc nsz contract float %t186, %t185
  store float %t187, ptr %acc53
  %t188 = fmul contract float %t19, %t181
  %t189 = load float, ptr %acc54
  %t190 = fadd reassoc nsz contract float %t189, %t188
  store float %t190, ptr %acc54
  %t191 = fmul contract float %t25, %t181
  %t192 = load float, ptr %acc55
  %t193 = fadd reassoc nsz contract float %t192, %t191
  store float %t193, ptr %acc55
  %t194 = add i64 %t5, 12
  %t195 = getelementptr inbounds float, ptr %data2, i64 %t194
  %t196 = load float, ptr %t195
  %t197 = fmul contract float %t4, %t196
  %t198 = load float, ptr %acc56
  %t199 = fadd reassoc nsz contract float %t198, %t197
  store float %t199, ptr %acc56
  %t200 = fmul contract float %t13, %t196
  %t201 = load float, ptr %acc57
  %t202 = fadd reassoc nsz contract float %t201, %t200
  store float %t202, ptr %acc57
  %t203 = fmul contract float %t19, %t196
  %t204 = load float, ptr %acc58
  %t205 = fadd reassoc nsz contract float %t204, %t203
  store float %t205, ptr %acc58
  %t206 = fmul contract float %t25, %t196
  %t207 = load float, ptr %acc59
  %t208 = fadd reassoc nsz contract float %t207, %t206
  store float %t208, ptr %acc59
  %t209 = add i64 %t5, 13
  %t210 = getelementptr inbounds float, ptr %data2, i64 %t209
  %t211 = load float, ptr %t210
  %t212 = fmul contract float %t4, %t211
  %t213 = load float, ptr %acc60
  %t214 = fadd reassoc nsz contract float %t213, %t212
  store float %t214, ptr %acc60
  %t215 = fmul contract float %t13, %t211
  %t216 = load float, ptr %acc61
  %t217 = fadd reassoc nsz contract float %t216, %t215
  store float %t217, ptr %acc61
  %t218 = fmul contract float %t19, %t211
  %t219 = load float, ptr %acc62
  %t220 = fadd reassoc nsz contract float %t219, %t218
  store float %t220, ptr %acc62
  %t221 = fmul contract float %t25, %t211
  %t222 = load float, ptr %acc63
  %t223 = fadd reassoc nsz contract float %t222, %t221
  store float %t223, ptr %acc63
  %t224 = add i64 %t5, 14
  %t225 = getelementptr inbounds float, ptr %data2, i64 %t224
  %t226 = load float, ptr %t225
  %t227 = fmul contract float %t4, %t226
  %t228 = load float, ptr %acc64
  %t229 = fadd reassoc nsz contract float %t228, %t227
  store float %t229, ptr %acc64
  %t230 = fmul contract float %t13, %t226
  %t231 = load float, ptr %acc65
  %t232 = fadd reassoc nsz contract float %t231, %t230
  store float %t232, ptr %acc65
  %t233 = fmul contract float %t19, %t226
  %t234 = load float, ptr %acc66
  %t235 = fadd reassoc nsz contract float %t234, %t233
  store float %t235, ptr %acc66
  %t236 = fmul contract float %t25, %t226
  %t237 = load float, ptr %acc67
  %t238 = fadd reassoc nsz contract float %t237, %t236
  store float %t238, ptr %acc67
  %t239 = add i64 %t5, 15
  %t240 = getelementptr inbounds float, ptr %data2, i64 %t239
  %t241 = load float, ptr %t240
  %t242 = fmul contract float %t4, %t241
  %t243 = load float, ptr %acc68
  %t244 = fadd reassoc nsz contract float %t243, %t242
  store float %t244, ptr %acc68
  %t245 = fmul contract float %t13, %t241
  %t246 = load float, ptr %acc69
  %t247 = fadd reassoc nsz contract float %t246, %t245
  store float %t247, ptr %acc69
  %t248 = fmul contract float %t19, %t241
  %t249 = load float, ptr %acc70
  %t250 = fadd reassoc nsz contract float %t249, %t248
  store float %t250, ptr %acc70
  %t251 = fmul contract float %t25, %t241
  %t252 = load float, ptr %acc71
  %t253 = fadd reassoc nsz contract float %t252, %t251
  store float %t253, ptr %acc71
  %t254 = add i64 %t5, 16
  %t255 = getelementptr inbounds float, ptr %data2, i64 %t254
  %t256 = load float, ptr %t255
  %t257 = fmul contract float %t4, %t256
  %t258 = load float, ptr %acc72
  %t259 = fadd reassoc nsz contract float %t258, %t257
  store float %t259, ptr %acc72
  %t260 = fmul contract float %t13, %t256
  %t261 = load float, ptr %acc73
  %t262 = fadd reassoc nsz contract float %t261, %t260
  store float %t262, ptr %acc73
  %t263 = fmul contract float %t19, %t256
  %t264 = load float, ptr %acc74
  %t265 = fadd reassoc nsz contract float %t264, %t263
  store float %t265, ptr %acc74
  %t266 = fmul contract float %t25, %t256
  %t267 = load float, ptr %acc75
  %t268 = fadd reassoc nsz contract float %t267, %t266
  store float %t268, ptr %acc75
  %t269 = add i64 %t5, 17
  %t270 = getelementptr inbounds float, ptr %data2, i64 %t269
  %t271 = load float, ptr %t270
  %t272 = fmul contract float %t4, %t271
  %t273 = load float, ptr %acc76
  %t274 = fadd reassoc nsz contract float %t273, %t272
  store float %t274, ptr %acc76
  %t275 = fmul contract float %t13, %t271
  %t276 = load float, ptr %acc77
  %t277 = fadd reassoc nsz contract float %t276, %t275
  store float %t277, ptr %acc77
  %t278 = fmul contract float %t19, %t271
  %t279 = load float, ptr %acc78
  %t280 = fadd reassoc nsz contract float %t279, %t278
  store float %t280, ptr %acc78
  %t281 = fmul contract float %t25, %t271
  %t282 = load float, ptr %acc79
  %t283 = fadd reassoc nsz contract float %t282, %t281
  store float %t283, ptr %acc79
  %t284 = add i64 %t5, 18
  %t285 = getelementptr inbounds float, ptr %data2, i64 %t284
  %t286 = load float, ptr %t285
  %t287 = fmul contract float %t4, %t286
  %t288 = load float, ptr %acc80
  %t289 = fadd reassoc nsz contract float %t288, %t287
  store float %t289, ptr %acc80
  %t290 = fmul contract float %t13, %t286
  %t291 = load float, ptr %acc81
  %t292 = fadd reassoc nsz contract float %t291, %t290
  store float %t292, ptr %acc81
  %t293 = fmul contract float %t19, %t286
  %t294 = load float, ptr %acc82
  %t295 = fadd reassoc nsz contract float %t294, %t293
  store float %t295, ptr %acc82
  %t296 = fmul contract float %t25, %t286
  %t297 = load float, ptr %acc83
  %t298 = fadd reassoc nsz contract float %t297, %t296
  store float %t298, ptr %acc83
  %t299 = add i64 %t5, 19
  %t300 = getelementptr inbounds float, ptr %data2, i64 %t299
  %t301 = load float, ptr %t300
  %t302 = fmul contract float %t4, %t301
  %t303 = load float, ptr %acc84
  %t304 = fadd reassoc nsz contract float %t303, %t302
  store float %t304, ptr %acc84
  %t305 = fmul contract float %t13, %t301
  %t306 = load float, ptr %acc85
  %t307 = fadd reassoc nsz contract float %t306, %t305
  store float %t307, ptr %acc85
  %t308 = fmul contract float %t19, %t301
  %t309 = load float, ptr %acc86
  %t310 = fadd reassoc nsz contract float %t309, %t308
  store float %t310, ptr %acc86
  %t311 = fmul contract float %t25, %t301
  %t312 = load float, ptr %acc87
  %t313 = fadd reassoc nsz contract float %t312, %t311
  store float %t313, ptr %acc87
  %t314 = add i64 %t5, 20
  %t315 = getelementptr inbounds float, ptr %data2, i64 %t314
  %t316 = load float, ptr %t315
  %t317 = fmul contract float %t4, %t316
  %t318 = load float, ptr %acc88
  %t319 = fadd reassoc nsz contract float %t318, %t317
  store float %t319, ptr %acc88
  %t320 = fmul contract float %t13, %t316
  %t321 = load float, ptr %acc89
  %t322 = fadd reassoc nsz contract float %t321, %t320
  store float %t322, ptr %acc89
  %t323 = fmul contract float %t19, %t316
  %t324 = load float, ptr %acc90
  %t325 = fadd reassoc nsz contract float %t324, %t323
  store float %t325, ptr %acc90
  %t326 = fmul contract float %t25, %t316
  %t327 = load float, ptr %acc91
  %t328 = fadd reassoc nsz contract float %t327, %t326
  store float %t328, ptr %acc91
  %t329 = add i64 %t5, 21
  %t330 = getelementptr inbounds float, ptr %data2, i64 %t329
  %t331 = load float, ptr %t330
  %t332 = fmul contract float %t4, %t331
  %t333 = load float, ptr %acc92
  %t334 = fadd reassoc nsz contract float %t333, %t332
  store float %t334, ptr %acc92
  %t335 = fmul contract float %t13, %t331
  %t336 = load float, ptr %acc93
  %t337 = fadd reassoc nsz contract float %t336, %t335
  store float %t337, ptr %acc93
  %t338 = fmul contract float %t19, %t331
  %t339 = load float, ptr %acc94
  %t340 = fadd reassoc nsz contract float %t339, %t338
  store float %t340, ptr %acc94
  %t341 = fmul contract float %t25, %t331
  %t342 = load float, ptr %acc95
  %t343 = fadd reassoc nsz contract float %t342, %t341
  store float %t343, ptr %acc95
  %t344 = add i64 %t5, 22
  %t345 = getelementptr inbounds float, ptr %data2, i64 %t344
  %t346 = load float, ptr %t345
  %t347 = fmul contract float %t4, %t346
  %t348 = load float, ptr %acc96
  %t349 = fadd reassoc nsz contract float %t348, %t347
  store float %t349, ptr %acc96
  %t350 = fmul contract float %t13, %t346
  %t351 = load float, ptr %acc97
  %t352 = fadd reassoc nsz contract float %t351, %t350
  store float %t352, ptr %acc97
  %t353 = fmul contract float %t19, %t346
  %t354 = load float, ptr %acc98
  %t355 = fadd reassoc nsz contract float %t354, %t353
  store float %t355, ptr %acc98
  %t356 = fmul contract float %t25, %t346
  %t357 = load float, ptr %acc99
  %t358 = fadd reassoc nsz contract float %t357, %t356
  store float %t358, ptr %acc99
  %t359 = add i64 %t5, 23
  %t360 = getelementptr inbounds float, ptr %data2, i64 %t359
  %t361 = load float, ptr %t360
  %t362 = fmul contract float %t4, %t361
  %t363 = load float, ptr %acc100
  %t364 = fadd reassoc nsz contract float %t363, %t362
  store float %t364, ptr %acc100
  %t365 = fmul contract float %t13, %t361
  %t366 = load float, ptr %acc101
  %t367 = fadd reassoc nsz contract float %t366, %t365
  store float %t367, ptr %acc101
  %t368 = fmul contract float %t19, %t361
  %t369 = load float, ptr %acc102
  %t370 = fadd reassoc nsz contract float %t369, %t368
  store float %t370, ptr %acc102
  %t371 = fmul contract float %t25, %t361
  %t372 = load float, ptr %acc103
  %t373 = fadd reassoc nsz contract float %t372, %t371
  store float %t373, ptr %acc103
  %t374 = add i64 %t5, 24
  %t375 = getelementptr inbounds float, ptr %data2, i64 %t374
  %t376 = load float, ptr %t375
  %t377 = fmul contract float %t4, %t376
  %t378 = load float, ptr %acc104
  %t379 = fadd reassoc nsz contract float %t378, %t377
  store float %t379, ptr %acc104
  %t380 = fmul contract float %t13, %t376
  %t381 = load float, ptr %acc105
  %t382 = fadd reassoc nsz contract float %t381, %t380
  store float %t382, ptr %acc105
  %t383 = fmul contract float %t19, %t376
  %t384 = load float, ptr %acc106
  %t385 = fadd reassoc nsz contract float %t384, %t383
  store float %t385, ptr %acc106
  %t386 = fmul contract float %t25, %t376
  %t387 = load float, ptr %acc107
  %t388 = fadd reassoc nsz contract float %t387, %t386
  store float %t388, ptr %acc107
  %t389 = add i64 %t5, 25
  %t390 = getelementptr inbounds float, ptr %data2, i64 %t389
  %t391 = load float, ptr %t390
  %t392 = fmul contract float %t4, %t391
  %t393 = load float, ptr %acc108
  %t394 = fadd reassoc nsz contract float %t393, %t392
  store float %t394, ptr %acc108
  %t395 = fmul contract float %t13, %t391
  %t396 = load float, ptr %acc109
  %t397 = fadd reassoc nsz contract float %t396, %t395
  store float %t397, ptr %acc109
  %t398 = fmul contract float %t19, %t391
  %t399 = load float, ptr %acc110
  %t400 = fadd reassoc nsz contract float %t399, %t398
  store float %t400, ptr %acc110
  %t401 = fmul contract float %t25, %t391
  %t402 = load float, ptr %acc111
  %t403 = fadd reassoc nsz contract float %t402, %t401
  store float %t403, ptr %acc111
  %t404 = add i64 %t5, 26
  %t405 = getelementptr inbounds float, ptr %data2, i64 %t404
  %t406 = load float, ptr %t405
  %t407 = fmul contract float %t4, %t406
  %t408 = load float, ptr %acc112
  %t409 = fadd reassoc nsz contract float %t408, %t407
  store float %t409, ptr %acc112
  %t410 = fmul contract float %t13, %t406
  %t411 = load float, ptr %acc113
  %t412 = fadd reassoc nsz contract float %t411, %t410
  store float %t412, ptr %acc113
  %t413 = fmul contract float %t19, %t406
  %t414 = load float, ptr %acc114
  %t415 = fadd reassoc nsz contract float %t414, %t413
  store float %t415, ptr %acc114
  %t416 = fmul contract float %t25, %t406
  %t417 = load float, ptr %acc115
  %t418 = fadd reassoc nsz contract float %t417, %t416
  store float %t418, ptr %acc115
  %t419 = add i64 %t5, 27
  %t420 = getelementptr inbounds float, ptr %data2, i64 %t419
  %t421 = load float, ptr %t420
  %t422 = fmul contract float %t4, %t421
  %t423 = load float, ptr %acc116
  %t424 = fadd reassoc nsz contract float %t423, %t422
  store float %t424, ptr %acc116
  %t425 = fmul contract float %t13, %t421
  %t426 = load float, ptr %acc117
  %t427 = fadd reassoc nsz contract float %t426, %t425
  store float %t427, ptr %acc117
  %t428 = fmul contract float %t19, %t421
  %t429 = load float, ptr %acc118
  %t430 = fadd reassoc nsz contract float %t429, %t428
  store float %t430, ptr %acc118
  %t431 = fmul contract float %t25, %t421
  %t432 = load float, ptr %acc119
  %t433 = fadd reassoc nsz contract float %t432, %t431
  store float %t433, ptr %acc119
  %t434 = add i64 %t5, 28
  %t435 = getelementptr inbounds float, ptr %data2, i64 %t434
  %t436 = load float, ptr %t435
  %t437 = fmul contract float %t4, %t436
  %t438 = load float, ptr %acc120
  %t439 = fadd reassoc nsz contract float %t438, %t437
  store float %t439, ptr %acc120
  %t440 = fmul contract float %t13, %t436
  %t441 = load float, ptr %acc121
  %t442 = fadd reassoc nsz contract float %t441, %t440
  store float %t442, ptr %acc121
  %t443 = fmul contract float %t19, %t436
  %t444 = load float, ptr %acc122
  %t445 = fadd reassoc nsz contract float %t444, %t443
  store float %t445, ptr %acc122
  %t446 = fmul contract float %t25, %t436
  %t447 = load float, ptr %acc123
  %t448 = fadd reassoc nsz contract float %t447, %t446
  store float %t448, ptr %acc123
  %t449 = add i64 %t5, 29
  %t450 = getelementptr inbounds float, ptr %data2, i64 %t449
  %t451 = load float, ptr %t450
  %t452 = fmul contract float %t4, %t451
  %t453 = load float, ptr %acc124
  %t454 = fadd reassoc nsz contract float %t453, %t452
  store float %t454, ptr %acc124
  %t455 = fmul contract float %t13, %t451
  %t456 = load float, ptr %acc125
  %t457 = fadd reassoc nsz contract float %t456, %t455
  store float %t457, ptr %acc125
  %t458 = fmul contract float %t19, %t451
  %t459 = load float, ptr %acc126
  %t460 = fadd reassoc nsz contract float %t459, %t458
  store float %t460, ptr %acc126
  %t461 = fmul contract float %t25, %t451
  %t462 = load float, ptr %acc127
  %t463 = fadd reassoc nsz contract float %t462, %t461
  store float %t463, ptr %acc127
  %t464 = add i64 %t5, 30
  %t465 = getelementptr inbounds float, ptr %data2, i64 %t464
  %t466 = load float, ptr %t465
  %t467 = fmul contract float %t4, %t466
  %t468 = load float, ptr %acc128
  %t469 = fadd reassoc nsz contract float %t468, %t467
  store float %t469, ptr %acc128
  %t470 = fmul contract float %t13, %t466
  %t471 = load float, ptr %acc129
  %t472 = fadd reassoc nsz contract float %t471, %t470
  store float %t472, ptr %acc129
  %t473 = fmul contract float %t19, %t466
  %t474 = load float, ptr %acc130
  %t475 = fadd reassoc nsz contract float %t474, %t473
  store float %t475, ptr %acc130
  %t476 = fmul contract float %t25, %t466
  %t477 = load float, ptr %acc131
  %t478 = fadd reassoc nsz contract float %t477, %t476
  store float %t478, ptr %acc131
  %t479 = add i64 %t5, 31
  %t480 = getelementptr inbounds float, ptr %data2, i64 %t479
  %t481 = load float, ptr %t480
  %t482 = fmul contract float %t4, %t481
  %t483 = load float, ptr %acc132
  %t484 = fadd reassoc nsz contract float %t483, %t482
  store float %t484, ptr %acc132
  %t485 = fmul contract float %t13, %t481
  %t486 = load float, ptr %acc133
  %t487 = fadd reassoc nsz contract float %t486, %t485
  store float %t487, ptr %acc133
  %t488 = fmul contract float %t19, %t481
  %t489 = load float, ptr %acc134
  %t490 = fadd reassoc nsz contract float %t489, %t488
  store float %t490, ptr %acc134
  %t491 = fmul contract float %t25, %t481
  %t492 = load float, ptr %acc135
  %t493 = fadd reassoc nsz contract float %t492, %t491
  store float %t493, ptr %acc135
  br label %loop137.latch
loop137.latch:
  %r137.next = add nuw nsw i64 %r137, 1
  %r137.more = icmp slt i64 %r137.next, 16
  br i1 %r137.more, label %loop137, label %loop137.exit, !llvm.loop !1
loop137.exit:
  %t494 = mul i64 %r7, 128
  %t495 = getelementptr inbounds float, ptr %data0, i64 %t494
  %t496 = load float, ptr %acc8
  store float %t496, ptr %t495
  %t497 = add i64 %t494, 32
  %t498 = getelementptr inbounds float, ptr %data0, i64 %t497
  %t499 = load float, ptr %acc9
  store float %t499, ptr %t498
  %t500 = add i64 %t494, 64
  %t501 = getelementptr inbounds float, ptr %data0, i64 %t500
  %t502 = load float, ptr %acc10
  store float %t502, ptr %t501
  %t503 = add i64 %t494, 96
  %t504 = getelementptr inbounds float, ptr %data0, i64 %t503
  %t505 = load float, ptr %acc11
  store float %t505, ptr %t504
  %t506 = add i64 %t494, 1
  %t507 = getelementptr inbounds float, ptr %data0, i64 %t506
  %t508 = load float, ptr %acc12
  store float %t508, ptr %t507
  %t509 = add i64 %t506, 32
  %t510 = getelementptr inbounds float, ptr %data0, i64 %t509
  %t511 = load float, ptr %acc13
  store float %t511, ptr %t510
  %t512 = add i64 %t506, 64
  %t513 = getelementptr inbounds float, ptr %data0, i64 %t512
  %t514 = load float, ptr %acc14
  store float %t514, ptr %t513
  %t515 = add i64 %t506, 96
  %t516 = getelementptr inbounds float, ptr %data0, i64 %t515
  %t517 = load float, ptr %acc15
  store float %t517, ptr %t516
  %t518 = add i64 %t494, 2
  %t519 = getelementptr inbounds float, ptr %data0, i64 %t518
  %t520 = load float, ptr %acc16
  store float %t520, ptr %t519
  %t521 = add i64 %t518, 32
  %t522 = getelementptr inbounds float, ptr %data0, i64 %t521
  %t523 = load float, ptr %acc17
  store float %t523, ptr %t522
  %t524 = add i64 %t518, 64
  %t525 = getelementptr inbounds float, ptr %data0, i64 %t524
  %t526 = load float, ptr %acc18
  store float %t526, ptr %t525
  %t527 = add i64 %t518, 96
  %t528 = getelementptr inbounds float, ptr %data0, i64 %t527
  %t529 = load float, ptr %acc19
  store float %t529, ptr %t528
  %t530 = add i64 %t494, 3
  %t531 = getelementptr inbounds float, ptr %data0, i64 %t530
  %t532 = load float, ptr %acc20
  store float %t532, ptr %t531
  %t533 = add i64 %t530, 32
  %t534 = getelementptr inbounds float, ptr %data0, i64 %t533
  %t535 = load float, ptr %acc21
  store float %t535, ptr %t534
  %t536 = add i64 %t530, 64
  %t537 = getelementptr inbounds float, ptr %data0, i64 %t536
  %t538 = load float, ptr %acc22
  store float %t538, ptr %t537
  %t539 = add i64 %t530, 96
  %t540 = getelementptr inbounds float, ptr %data0, i64 %t539
  %t541 = load float, ptr %acc23
  store float %t541, ptr %t540
  %t542 = add i64 %t494, 4
  %t543 = getelementptr inbounds float, ptr %data0, i64 %t542
  %t544 = load float, ptr %acc24
  store float %t544, ptr %t543
  %t545 = add i64 %t542, 32
  %t546 = getelementptr inbounds float, ptr %data0, i64 %t545
  %t547 = load float, ptr %acc25
  store float %t547, ptr %t546
  %t548 = add i64 %t542, 64
  %t549 = getelementptr inbounds float, ptr %data0, i64 %t548
  %t550 = load float, ptr %acc26
  store float %t550, ptr %t549
  %t551 = add i64 %t542, 96
  %t552 = getelementptr inbounds float, ptr %data0, i64 %t551
  %t553 = load float, ptr %acc27
  store float %t553, ptr %t552
  %t554 = add i64 %t494, 5
  %t555 = getelementptr inbounds float, ptr %data0, i64 %t554
  %t556 = load float, ptr %acc28
  store float %t556, ptr %t555
  %t557 = add i64 %t554, 32
  %t558 = getelementptr inbounds float, ptr %data0, i64 %t557
  %t559 = load float, ptr %acc29
  store float %t559, ptr %t558
  %t560 = add i64 %t554, 64
  %t561 = getelementptr inbounds float, ptr %data0, i64 %t560
  %t562 = load float, ptr %acc30
  store float %t562, ptr %t561
  %t563 = add i64 %t554, 96
  %t564 = getelementptr inbounds float, ptr %data0, i64 %t563
  %t565 = load float, ptr %acc31
  store float %t565, ptr %t564
  %t566 = add i64 %t494, 6
  %t567 = getelementptr inbounds float, ptr %data0, i64 %t566
  %t568 = load float, ptr %acc32
  store float %t568, ptr %t567
  %t569 = add i64 %t566, 32
  %t570 = getelementptr inbounds float, ptr %data0, i64 %t569
  %t571 = load float, ptr %acc33
  store float %t571, ptr %t570
  %t572 = add i64 %t566, 64
  %t573 = getelementptr inbounds float, ptr %data0, i64 %t572
  %t574 = load float, ptr %acc34
  store float %t574, ptr %t573
  %t575 = add i64 %t566, 96
  %t576 = getelementptr inbounds float, ptr %data0, i64 %t575
  %t577 = load float, ptr %acc35
  store float %t577, ptr %t576
  %t578 = add i64 %t494, 7
  %t579 = getelementptr inbounds float, ptr %data0, i64 %t578
  %t580 = load float, ptr %acc36
  store float %t580, ptr %t579
  %t581 = add i64 %t578, 32
  %t582 = getelementptr inbounds float, ptr %data0, i64 %t581
  %t583 = load float, ptr %acc37
  store float %t583, ptr %t582
  %t584 = add i64 %t578, 64
  %t585 = getelementptr inbounds float, ptr %data0, i64 %t584
  %t586 = load float, ptr %acc38
  store float %t586, ptr %t585
  %t587 = add i64 %t578, 96
  %t588 = getelementptr inbounds float, ptr %data0, i64 %t587
  %t589 = load float, ptr %acc39
  store float %t589, ptr %t588
  %t590 = add i64 %t494, 8
  %t591 = getelementptr inbounds float, ptr %data0, i64 %t590
  %t592 = load float, ptr %acc40
  store float %t592, ptr %t591
  %t593 = add i64 %t590, 32
  %t594 = getelementptr inbounds float, ptr %data0, i64 %t593
  %t595 = load float, ptr %acc41
  store float %t595, ptr %t594
  %t596 = add i64 %t590, 64
  %t597 = getelementptr inbounds float, ptr %data0, i64 %t596
  %t598 = load float, ptr %acc42
  store float %t598, ptr %t597
  %t599 = add i64 %t590, 96
  %t600 = getelementptr inbounds float, ptr %data0, i64 %t599
  %t601 = load float, ptr %acc43
  store float %t601, ptr %t600
  %t602 = add i64 %t494, 9
  %t603 = getelementptr inbounds float, ptr %data0, i64 %t602
  %t604 = load float, ptr %acc44
  store float %t604, ptr %t603
  %t605 = add i64 %t602, 32
  %t606 = getelementptr inbounds float, ptr %data0, i64 %t605
  %t607 = load float, ptr %acc45
  store float %t607, ptr %t606
  %t608 = add i64 %t602, 64
  %t609 = getelementptr inbounds float, ptr %data0, i64 %t608
  %t610 = load float, ptr %acc46
  store float %t610, ptr %t609
  %t611 = add i64 %t602, 96
  %t612 = getelementptr inbounds float, ptr %data0, i64 %t611
  %t613 = load float, ptr %acc47
  store float %t613, ptr %t612
  %t614 = add i64 %t494, 10
  %t615 = getelementptr inbounds float, ptr %data0, i64 %t614
  %t616 = load float, ptr %acc48
  store float %t616, ptr %t615
  %t617 = add i64 %t614, 32
  %t618 = getelementptr inbounds float, ptr %data0, i64 %t617
  %t619 = load float, ptr %acc49
  store float %t619, ptr %t618
  %t620 = add i64 %t614, 64
  %t621 = getelementptr inbounds float, ptr %data0, i64 %t620
  %t622 = load float, ptr %acc50
  store float %t622, ptr %t621
  %t623 = add i64 %t614, 96
  %t624 = getelementptr inbounds float, ptr %data0, i64 %t623
  %t625 = load float, ptr %acc51
  store float %t625, ptr %t624
  %t626 = add i64 %t494, 11
  %t627 = getelementptr inbounds float, ptr %data0, i64 %t626
  %t628 = load float, ptr %acc52
  store float %t628, ptr %t627
  %t629 = add i64 %t626, 32
  %t630 = getelementptr inbounds float, ptr %data0, i64 %t629
  %t631 = load float, ptr %acc53
  store float %t631, ptr %t630
  %t632 = add i64 %t626, 64
  %t633 = getelementptr inbounds float, ptr %data0, i64 %t632
  %t634 = load float, ptr %acc54
  store float %t634, ptr %t633
  %t635 = add i64 %t626, 96
  %t636 = getelementptr inbounds float, ptr %data0, i64 %t635
  %t637 = load float, ptr %acc55
  store float %t637, ptr %t636
  %t638 = add i64 %t494, 12
  %t639 = getelementptr inbounds float, ptr %data0, i64 %t638
  %t640 = load float, ptr %acc56
  store float %t640, ptr %t639
  %t641 = add i64 %t638, 32
  %t642 = getelementptr inbounds float, ptr %data0, i64 %t641
  %t643 = load float, ptr %acc57
  store float %t643, ptr %t642
  %t644 = add i64 %t638, 64
  %t645 = getelementptr inbounds float, ptr %data0, i64 %t644
  %t646 = load float, ptr %acc58
  store float %t646, ptr %t645
  %t647 = add i64 %t638, 96
  %t648 = getelementptr inbounds float, ptr %data0, i64 %t647
  %t649 = load float, ptr %acc59
  store float %t649, ptr %t648
  %t650 = add i64 %t494, 13
  %t651 = getelementptr inbounds float, ptr %data0, i64 %t650
  %t652 = load float, ptr %acc60
  store float %t652, ptr %t651
  %t653 = add i64 %t650, 32
  %t654 = getelementptr inbounds float, ptr %data0, i64 %t653
  %t655 = load float, ptr %acc61
  store float %t655, ptr %t654
  %t656 = add i64 %t650, 64
  %t657 = getelementptr inbounds float, ptr %data0, i64 %t656
  %t658 = load float, ptr %acc62
  store float %t658, ptr %t657
  %t659 = add i64 %t650, 96
  %t660 = getelementptr inbounds float, ptr %data0, i64 %t659
  %t661 = load float, ptr %acc63
  store float %t661, ptr %t660
  %t662 = add i64 %t494, 14
  %t663 = getelementptr inbounds float, ptr %data0, i64 %t662
  %t664 = load float, ptr %acc64
  store float %t664, ptr %t663
  %t665 = add i64 %t662, 32
  %t666 = getelementptr inbounds float, ptr %data0, i64 %t665
  %t667 = load float, ptr %acc65
  store float %t667, ptr %t666
  %t668 = add i64 %t662, 64
  %t669 = getelementptr inbounds float, ptr %data0, i64 %t668
  %t670 = load float, ptr %acc66
  store float %t670, ptr %t669
  %t671 = add i64 %t662, 96
  %t672 = getelementptr inbounds float, ptr %data0, i64 %t671
  %t673 = load float, ptr %acc67
  store float %t673, ptr %t672
  %t674 = add i64 %t494, 15
  %t675 = getelementptr inbounds float, ptr %data0, i64 %t674
  %t676 = load float, ptr %acc68
  store float %t676, ptr %t675
  %t677 = add i64 %t674, 32
  %t678 = getelementptr inbounds float, ptr %data0, i64 %t677
  %t679 = load float, ptr %acc69
  store float %t679, ptr %t678
  %t680 = add i64 %t674, 64
  %t681 = getelementptr inbounds float, ptr %data0, i64 %t680
  %t682 = load float, ptr %acc70
  store float %t682, ptr %t681
  %t683 = add i64 %t674, 96
  %t684 = getelementptr inbounds float, ptr %data0, i64 %t683
  %t685 = load float, ptr %acc71
  store float %t685, ptr %t684
  %t686 = add i64 %t494, 16
  %t687 = getelementptr inbounds float, ptr %data0, i64 %t686
  %t688 = load float, ptr %acc72
  store float %t688, ptr %t687
  %t689 = add i64 %t686, 32
  %t690 = getelementptr inbounds float, ptr %data0, i64 %t689
  %t691 = load float, ptr %acc73
  store float %t691, ptr %t690
  %t692 = add i64 %t686, 64
  %t693 = getelementptr inbounds float, ptr %data0, i64 %t692
  %t694 = load float, ptr %acc74
  store float %t694, ptr %t693
  %t695 = add i64 %t686, 96
  %t696 = getelementptr inbounds float, ptr %data0, i64 %t695
  %t697 = load float, ptr %acc75
  store float %t697, ptr %t696
  %t698 = add i64 %t494, 17
  %t699 = getelementptr inbounds float, ptr %data0, i64 %t698
  %t700 = load float, ptr %acc76
  store float %t700, ptr %t699
  %t701 = add i64 %t698, 32
  %t702 = getelementptr inbounds float, ptr %data0, i64 %t701
  %t703 = load float, ptr %acc77
  store float %t703, ptr %t702
  %t704 = add i64 %t698, 64
  %t705 = getelementptr inbounds float, ptr %data0, i64 %t704
  %t706 = load float, ptr %acc78
  store float %t706, ptr %t705
  %t707 = add i64 %t698, 96
  %t708 = getelementptr inbounds float, ptr %data0, i64 %t707
  %t709 = load float, ptr %acc79
  store float %t709, ptr %t708
  %t710 = add i64 %t494, 18
  %t711 = getelementptr inbounds float, ptr %data0, i64 %t710
  %t712 = load float, ptr %acc80
  store float %t712, ptr %t711
  %t713 = add i64 %t710, 32
  %t714 = getelementptr inbounds float, ptr %data0, i64 %t713
  %t715 = load float, ptr %acc81
  store float %t715, ptr %t714
  %t716 = add i64 %t710, 64
  %t717 = getelementptr inbounds float, ptr %data0, i64 %t716
  %t718 = load float, ptr %acc82
  store float %t718, ptr %t717
  %t719 = add i64 %t710, 96
  %t720 = getelementptr inbounds float, ptr %data0, i64 %t719
  %t721 = load float, ptr %acc83
  store float %t721, ptr %t720
  %t722 = add i64 %t494, 19
  %t723 = getelementptr inbounds float, ptr %data0, i64 %t722
  %t724 = load float, ptr %acc84
  store float %t724, ptr %t723
  %t725 = add i64 %t722, 32
  %t726 = getelementptr inbounds float, ptr %data0, i64 %t725
  %t727 = load float, ptr %acc85
  store float %t727, ptr %t726
  %t728 = add i64 %t722, 64
  %t729 = getelementptr inbounds float, ptr %data0, i64 %t728
  %t730 = load float, ptr %acc86
  store float %t730, ptr %t729
  %t731 = add i64 %t722, 96
  %t732 = getelementptr inbounds float, ptr %data0, i64 %t731
  %t733 = load float, ptr %acc87
  store float %t733, ptr %t732
  %t734 = add i64 %t494, 20
  %t735 = getelementptr inbounds float, ptr %data0, i64 %t734
  %t736 = load float, ptr %acc88
  store float %t736, ptr %t735
  %t737 = add i64 %t734, 32
  %t738 = getelementptr inbounds float, ptr %data0, i64 %t737
  %t739 = load float, ptr %acc89
  store float %t739, ptr %t738
  %t740 = add i64 %t734, 64
  %t741 = getelementptr inbounds float, ptr %data0, i64 %t740
  %t742 = load float, ptr %acc90
  store float %t742, ptr %t741
  %t743 = add i64 %t734, 96
  %t744 = getelementptr inbounds float, ptr %data0, i64 %t743
  %t745 = load float, ptr %acc91
  store float %t745, ptr %t744
  %t746 = add i64 %t494, 21
  %t747 = getelementptr inbounds float, ptr %data0, i64 %t746
  %t748 = load float, ptr %acc92
  store float %t748, ptr %t747
  %t749 = add i64 %t746, 32
  %t750 = getelementptr inbounds float, ptr %data0, i64 %t749
  %t751 = load float, ptr %acc93
  store float %t751, ptr %t750
  %t752 = add i64 %t746, 64
  %t753 = getelementptr inbounds float, ptr %data0, i64 %t752
  %t754 = load float, ptr %acc94
  store float %t754, ptr %t753
  %t755 = add i64 %t746, 96
  %t756 = getelementptr inbounds float, ptr %data0, i64 %t755
  %t757 = load float, ptr %acc95
  store float %t757, ptr %t756
  %t758 = add i64 %t494, 22
  %t759 = getelementptr inbounds float, ptr %data0, i64 %t758
  %t760 = load float, ptr %acc96
  store float %t760, ptr %t759
  %t761 = add i64 %t758, 32
  %t762 = getelementptr inbounds float, ptr %data0, i64 %t761
  %t763 = load float, ptr %acc97
  store float %t763, ptr %t762
  %t764 = add i64 %t758, 64
  %t765 = getelementptr inbounds float, ptr %data0, i64 %t764
  %t766 = load float, ptr %acc98
  store float %t766, ptr %t765
  %t767 = add i64 %t758, 96
  %t768 = getelementptr inbounds float, ptr %data0, i64 %t767
  %t769 = load float, ptr %acc99
  store float %t769, ptr %t768
  %t770 = add i64 %t494, 23
  %t771 = getelementptr inbounds float, ptr %data0, i64 %t770
  %t772 = load float, ptr %acc100
  store float %t772, ptr %t771
  %t773 = add i64 %t770, 32
  %t774 = getelementptr inbounds float, ptr %data0, i64 %t773
  %t775 = load float, ptr %acc101
  store float %t775, ptr %t774
  %t776 = add i64 %t770, 64
  %t777 = getelementptr inbounds float, ptr %data0, i64 %t776
  %t778 = load float, ptr %acc102
  store float %t778, ptr %t777
  %t779 = add i64 %t770, 96
  %t780 = getelementptr inbounds float, ptr %data0, i64 %t779
  %t781 = load float, ptr %acc103
  store float %t781, ptr %t780
  %t782 = add i64 %t494, 24
  %t783 = getelementptr inbounds float, ptr %data0, i64 %t782
  %t784 = load float, ptr %acc104
  store float %t784, ptr %t783
  %t785 = add i64 %t782, 32
  %t786 = getelementptr inbounds float, ptr %data0, i64 %t785
  %t787 = load float, ptr %acc105
  store float %t787, ptr %t786
  %t788 = add i64 %t782, 64
  %t789 = getelementptr inbounds float, ptr %data0, i64 %t788
  %t790 = load float, ptr %acc106
  store float %t790, ptr %t789
  %t791 = add i64 %t782, 96
  %t792 = getelementptr inbounds float, ptr %data0, i64 %t791
  %t793 = load float, ptr %acc107
  store float %t793, ptr %t792
  %t794 = add i64 %t494, 25
  %t795 = getelementptr inbounds float, ptr %data0, i64 %t794
  %t796 = load float, ptr %acc108
  store float %t796, ptr %t795
  %t797 = add i64 %t794, 32
  %t798 = getelementptr inbounds float, ptr %data0, i64 %t797
  %t799 = load float, ptr %acc109
  store float %t799, ptr %t798
  %t800 = add i64 %t794, 64
  %t801 = getelementptr inbounds float, ptr %data0, i64 %t800
  %t802 = load float, ptr %acc110
  store float %t802, ptr %t801
  %t803 = add i64 %t794, 96
  %t804 = getelementptr inbounds float, ptr %data0, i64 %t803
  %t805 = load float, ptr %acc111
  store float %t805, ptr %t804
  %t806 = add i64 %t494, 26
  %t807 = getelementptr inbounds float, ptr %data0, i64 %t806
  %t808 = load float, ptr %acc112
  store float %t808, ptr %t807
  %t809 = add i64 %t806, 32
  %t810 = getelementptr inbounds float, ptr %data0, i64 %t809
  %t811 = load float, ptr %acc113
  store float %t811, ptr %t810
  %t812 = add i64 %t806, 64
  %t813 = getelementptr inbounds float, ptr %data0, i64 %t812
  %t814 = load float, ptr %acc114
  store float %t814, ptr %t813
  %t815 = add i64 %t806, 96
  %t816 = getelementptr inbounds float, ptr %data0, i64 %t815
  %t817 = load float, ptr %acc115
  store float %t817, ptr %t816
  %t818 = add i64 %t494, 27
  %t819 = getelementptr inbounds float, ptr %data0, i64 %t818
  %t820 = load float, ptr %acc116
  store float %t820, ptr %t819
  %t821 = add i64 %t818, 32
  %t822 = getelementptr inbounds float, ptr %data0, i64 %t821
  %t823 = load float, ptr %acc117
  store float %t823, ptr %t822
  %t824 = add i64 %t818, 64
  %t825 = getelementptr inbounds float, ptr %data0, i64 %t824
  %t826 = load float, ptr %acc118
  store float %t826, ptr %t825
  %t827 = add i64 %t818, 96
  %t828 = getelementptr inbounds float, ptr %data0, i64 %t827
  %t829 = load float, ptr %acc119
  store float %t829, ptr %t828
  %t830 = add i64 %t494, 28
  %t831 = getelementptr inbounds float, ptr %data0, i64 %t830
  %t832 = load float, ptr %acc120
  store float %t832, ptr %t831
  %t833 = add i64 %t830, 32
  %t834 = getelementptr inbounds float, ptr %data0, i64 %t833
  %t835 = load float, ptr %acc121
  store float %t835, ptr %t834
  %t836 = add i64 %t830, 64
  %t837 = getelementptr inbounds float, ptr %data0, i64 %t836
  %t838 = load float, ptr %acc122
  store float %t838, ptr %t837
  %t839 = add i64 %t830, 96
  %t840 = getelementptr inbounds float, ptr %data0, i64 %t839
  %t841 = load float, ptr %acc123
  store float %t841, ptr %t840
  %t842 = add i64 %t494, 29
  %t843 = getelementptr inbounds float, ptr %data0, i64 %t842
  %t844 = load float, ptr %acc124
  store float %t844, ptr %t843
  %t845 = add i64 %t842, 32
  %t846 = getelementptr inbounds float, ptr %data0, i64 %t845
  %t847 = load float, ptr %acc125
  store float %t847, ptr %t846
  %t848 = add i64 %t842, 64
  %t849 = getelementptr inbounds float, ptr %data0, i64 %t848
  %t850 = load float, ptr %acc126
  store float %t850, ptr %t849
  %t851 = add i64 %t842, 96
  %t852 = getelementptr inbounds float, ptr %data0, i64 %t851
  %t853 = load float, ptr %acc127
  store float %t853, ptr %t852
  %t854 = add i64 %t494, 30
  %t855 = getelementptr inbounds float, ptr %data0, i64 %t854
  %t856 = load float, ptr %acc128
  store float %t856, ptr %t855
  %t857 = add i64 %t854, 32
  %t858 = getelementptr inbounds float, ptr %data0, i64 %t857
  %t859 = load float, ptr %acc129
  store float %t859, ptr %t858
  %t860 = add i64 %t854, 64
  %t861 = getelementptr inbounds float, ptr %data0, i64 %t860
  %t862 = load float, ptr %acc130
  store float %t862, ptr %t861
  %t863 = add i64 %t854, 96
  %t864 = getelementptr inbounds float, ptr %data0, i64 %t863
  %t865 = load float, ptr %acc131
  store float %t865, ptr %t864
  %t866 = add i64 %t494, 31
  %t867 = getelementptr inbounds float, ptr %data0, i64 %t866
  %t868 = load float, ptr %acc132
  store float %t868, ptr %t867
  %t869 = add i64 %t866, 32
  %t870 = getelementptr inbounds float, ptr %data0, i64 %t869
  %t871 = load float, ptr %acc133
  store float %t871, ptr %t870
  %t872 = add i64 %t866, 64
  %t873 = getelementptr inbounds float, ptr %data0, i64 %t872
  %t874 = load float, ptr %acc134
  store float %t874, ptr %t873
  %t875 = add i64 %t866, 96
  %t876 = getelementptr inbounds float, ptr %data0, i64 %t875
  %t877 = load float, ptr %acc135
  store float %t877, ptr %t876
  br label %loop7.latch
loop7.latch:
  %r7.next = add nuw nsw i64 %r7, 1
  %r7.more = icmp slt i64 %r7.next, 2
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
