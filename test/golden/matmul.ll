define void @kernel0(ptr noalias %data0, ptr noalias %data1, ptr noalias %data2, i64 %start, i64 %end) nounwind {
entry:
  %acc7 = alloca float
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
  %acc136 = alloca float
  %acc137 = alloca float
  %acc138 = alloca float
  %acc139 = alloca float
  %acc140 = alloca float
  %acc141 = alloca float
  %acc142 = alloca float
  %acc143 = alloca float
  %acc144 = alloca float
  %acc145 = alloca float
  %acc146 = alloca float
  %acc147 = alloca float
  %acc148 = alloca float
  %acc149 = alloca float
  %acc150 = alloca float
  %acc151 = alloca float
  %acc152 = alloca float
  %acc153 = alloca float
  %acc154 = alloca float
  %acc155 = alloca float
  %acc156 = alloca float
  %acc157 = alloca float
  %acc158 = alloca float
  %acc159 = alloca float
  %acc160 = alloca float
  %acc161 = alloca float
  %acc162 = alloca float
  %acc163 = alloca float
  %acc164 = alloca float
  %acc165 = alloca float
  %acc166 = alloca float
  %acc167 = alloca float
  %acc168 = alloca float
  %acc169 = alloca float
  %acc170 = alloca float
  %acc171 = alloca float
  %acc172 = alloca float
  %acc173 = alloca float
  %acc174 = alloca float
  %acc175 = alloca float
  %acc176 = alloca float
  %acc177 = alloca float
  %acc178 = alloca float
  %acc179 = alloca float
  %acc180 = alloca float
  %acc181 = alloca float
  %acc182 = alloca float
  %acc183 = alloca float
  %acc184 = alloca float
  %acc185 = alloca float
  %acc186 = alloca float
  %acc187 = alloca float
  %acc188 = alloca float
  %acc189 = alloca float
  %acc190 = alloca float
  %acc191 = alloca float
  %acc192 = alloca float
  %acc193 = alloca float
  %acc194 = alloca float
  %acc195 = alloca float
  %acc196 = alloca float
  %acc197 = alloca float
  %acc198 = alloca float
  %acc199 = alloca float
  %acc200 = alloca float
  %acc201 = alloca float
  %acc202 = alloca float
  %acc203 = alloca float
  %acc204 = alloca float
  %acc205 = alloca float
  %acc206 = alloca float
  %acc207 = alloca float
  %acc208 = alloca float
  %acc209 = alloca float
  %acc210 = alloca float
  %acc211 = alloca float
  %acc212 = alloca float
  %acc213 = alloca float
  %acc214 = alloca float
  %acc215 = alloca float
  %acc216 = alloca float
  %acc217 = alloca float
  %acc218 = alloca float
  %acc219 = alloca float
  %acc220 = alloca float
  %acc221 = alloca float
  %acc222 = alloca float
  %acc223 = alloca float
  %acc224 = alloca float
  %acc225 = alloca float
  %acc226 = alloca float
  %acc227 = alloca float
  %acc228 = alloca float
  %acc229 = alloca float
  %acc230 = alloca float
  %acc231 = alloca float
  %acc232 = alloca float
  %acc233 = alloca float
  %acc234 = alloca float
  %acc235 = alloca float
  %acc236 = alloca float
  %acc237 = alloca float
  %acc238 = alloca float
  %acc239 = alloca float
  %acc240 = alloca float
  %acc241 = alloca float
  %acc242 = alloca float
  %acc243 = alloca float
  %acc244 = alloca float
  %acc245 = alloca float
  %acc246 = alloca float
  %acc247 = alloca float
  %acc248 = alloca float
  %acc249 = alloca float
  %acc250 = alloca float
  %acc251 = alloca float
  %acc252 = alloca float
  %acc253 = alloca float
  %acc254 = alloca float
  %acc255 = alloca float
  %acc256 = alloca float
  %acc257 = alloca float
  %acc258 = alloca float
  %acc259 = alloca float
  %acc260 = alloca float
  %acc261 = alloca float
  %acc262 = alloca float
  br label %loop5
loop5:
  %r5 = phi i64 [%start, %entry], [%r5.next, %loop5.latch]
  br label %loop6
loop6:
  %r6 = phi i64 [0, %loop5], [%r6.next, %loop6.latch]
  store float 0x0000000000000000, ptr %acc7
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
  store float 0x0000000000000000, ptr %acc136
  store float 0x0000000000000000, ptr %acc137
  store float 0x0000000000000000, ptr %acc138
  store float 0x0000000000000000, ptr %acc139
  store float 0x0000000000000000, ptr %acc140
  store float 0x0000000000000000, ptr %acc141
  store float 0x0000000000000000, ptr %acc142
  store float 0x0000000000000000, ptr %acc143
  store float 0x0000000000000000, ptr %acc144
  store float 0x0000000000000000, ptr %acc145
  store float 0x0000000000000000, ptr %acc146
  store float 0x0000000000000000, ptr %acc147
  store float 0x0000000000000000, ptr %acc148
  store float 0x0000000000000000, ptr %acc149
  store float 0x0000000000000000, ptr %acc150
  store float 0x0000000000000000, ptr %acc151
  store float 0x0000000000000000, ptr %acc152
  store float 0x0000000000000000, ptr %acc153
  store float 0x0000000000000000, ptr %acc154
  store float 0x0000000000000000, ptr %acc155
  store float 0x0000000000000000, ptr %acc156
  store float 0x0000000000000000, ptr %acc157
  store float 0x0000000000000000, ptr %acc158
  store float 0x0000000000000000, ptr %acc159
  store float 0x0000000000000000, ptr %acc160
  store float 0x0000000000000000, ptr %acc161
  store float 0x0000000000000000, ptr %acc162
  store float 0x0000000000000000, ptr %acc163
  store float 0x0000000000000000, ptr %acc164
  store float 0x0000000000000000, ptr %acc165
  store float 0x0000000000000000, ptr %acc166
  store float 0x0000000000000000, ptr %acc167
  store float 0x0000000000000000, ptr %acc168
  store float 0x0000000000000000, ptr %acc169
  store float 0x0000000000000000, ptr %acc170
  store float 0x0000000000000000, ptr %acc171
  store float 0x0000000000000000, ptr %acc172
  store float 0x0000000000000000, ptr %acc173
  store float 0x0000000000000000, ptr %acc174
  store float 0x0000000000000000, ptr %acc175
  store float 0x0000000000000000, ptr %acc176
  store float 0x0000000000000000, ptr %acc177
  store float 0x0000000000000000, ptr %acc178
  store float 0x0000000000000000, ptr %acc179
  store float 0x0000000000000000, ptr %acc180
  store float 0x0000000000000000, ptr %acc181
  store float 0x0000000000000000, ptr %acc182
  store float 0x0000000000000000, ptr %acc183
  store float 0x0000000000000000, ptr %acc184
  store float 0x0000000000000000, ptr %acc185
  store float 0x0000000000000000, ptr %acc186
  store float 0x0000000000000000, ptr %acc187
  store float 0x0000000000000000, ptr %acc188
  store float 0x0000000000000000, ptr %acc189
  store float 0x0000000000000000, ptr %acc190
  store float 0x0000000000000000, ptr %acc191
  store float 0x0000000000000000, ptr %acc192
  store float 0x0000000000000000, ptr %acc193
  store float 0x0000000000000000, ptr %acc194
  store float 0x0000000000000000, ptr %acc195
  store float 0x0000000000000000, ptr %acc196
  store float 0x0000000000000000, ptr %acc197
  store float 0x0000000000000000, ptr %acc198
  store float 0x0000000000000000, ptr %acc199
  store float 0x0000000000000000, ptr %acc200
  store float 0x0000000000000000, ptr %acc201
  store float 0x0000000000000000, ptr %acc202
  store float 0x0000000000000000, ptr %acc203
  store float 0x0000000000000000, ptr %acc204
  store float 0x0000000000000000, ptr %acc205
  store float 0x0000000000000000, ptr %acc206
  store float 0x0000000000000000, ptr %acc207
  store float 0x0000000000000000, ptr %acc208
  store float 0x0000000000000000, ptr %acc209
  store float 0x0000000000000000, ptr %acc210
  store float 0x0000000000000000, ptr %acc211
  store float 0x0000000000000000, ptr %acc212
  store float 0x0000000000000000, ptr %acc213
  store float 0x0000000000000000, ptr %acc214
  store float 0x0000000000000000, ptr %acc215
  store float 0x0000000000000000, ptr %acc216
  store float 0x0000000000000000, ptr %acc217
  store float 0x0000000000000000, ptr %acc218
  store float 0x0000000000000000, ptr %acc219
  store float 0x0000000000000000, ptr %acc220
  store float 0x0000000000000000, ptr %acc221
  store float 0x0000000000000000, ptr %acc222
  store float 0x0000000000000000, ptr %acc223
  store float 0x0000000000000000, ptr %acc224
  store float 0x0000000000000000, ptr %acc225
  store float 0x0000000000000000, ptr %acc226
  store float 0x0000000000000000, ptr %acc227
  store float 0x0000000000000000, ptr %acc228
  store float 0x0000000000000000, ptr %acc229
  store float 0x0000000000000000, ptr %acc230
  store float 0x0000000000000000, ptr %acc231
  store float 0x0000000000000000, ptr %acc232
  store float 0x0000000000000000, ptr %acc233
  store float 0x0000000000000000, ptr %acc234
  store float 0x0000000000000000, ptr %acc235
  store float 0x0000000000000000, ptr %acc236
  store float 0x0000000000000000, ptr %acc237
  store float 0x0000000000000000, ptr %acc238
  store float 0x0000000000000000, ptr %acc239
  store float 0x0000000000000000, ptr %acc240
  store float 0x0000000000000000, ptr %acc241
  store float 0x0000000000000000, ptr %acc242
  store float 0x0000000000000000, ptr %acc243
  store float 0x0000000000000000, ptr %acc244
  store float 0x0000000000000000, ptr %acc245
  store float 0x0000000000000000, ptr %acc246
  store float 0x0000000000000000, ptr %acc247
  store float 0x0000000000000000, ptr %acc248
  store float 0x0000000000000000, ptr %acc249
  store float 0x0000000000000000, ptr %acc250
  store float 0x0000000000000000, ptr %acc251
  store float 0x0000000000000000, ptr %acc252
  store float 0x0000000000000000, ptr %acc253
  store float 0x0000000000000000, ptr %acc254
  store float 0x0000000000000000, ptr %acc255
  store float 0x0000000000000000, ptr %acc256
  store float 0x0000000000000000, ptr %acc257
  store float 0x0000000000000000, ptr %acc258
  store float 0x0000000000000000, ptr %acc259
  store float 0x0000000000000000, ptr %acc260
  store float 0x0000000000000000, ptr %acc261
  store float 0x0000000000000000, ptr %acc262
  br label %loop264
loop264:
  %r264 = phi i64 [0, %loop6], [%r264.next, %loop264.latch]
  %t1 = getelementptr inbounds float, ptr %data1, i64 %r264
  %t2 = load float, ptr %t1
  %t3 = mul i64 %r264, 32
  %t4 = getelementptr inbounds float, ptr %data2, i64 %t3
  %t5 = load float, ptr %t4
  %t6 = fmul contract float %t2, %t5
  %t7 = load float, ptr %acc7
  %t8 = fadd reassoc nsz contract float %t7, %t6
  store float %t8, ptr %acc7
  %t9 = add i64 %r264, 16
  %t10 = getelementptr inbounds float, ptr %data1, i64 %t9
  %t11 = load float, ptr %t10
  %t12 = fmul contract float %t11, %t5
  %t13 = load float, ptr %acc8
  %t14 = fadd reassoc nsz contract float %t13, %t12
  store float %t14, ptr %acc8
  %t15 = add i64 %r264, 32
  %t16 = getelementptr inbounds float, ptr %data1, i64 %t15
  %t17 = load float, ptr %t16
  %t18 = fmul contract float %t17, %t5
  %t19 = load float, ptr %acc9
  %t20 = fadd reassoc nsz contract float %t19, %t18
  store float %t20, ptr %acc9
  %t21 = add i64 %r264, 48
  %t22 = getelementptr inbounds float, ptr %data1, i64 %t21
  %t23 = load float, ptr %t22
  %t24 = fmul contract float %t23, %t5
  %t25 = load float, ptr %acc10
  %t26 = fadd reassoc nsz contract float %t25, %t24
  store float %t26, ptr %acc10
  %t27 = add i64 %r264, 64
  %t28 = getelementptr inbounds float, ptr %data1, i64 %t27
  %t29 = load float, ptr %t28
  %t30 = fmul contract float %t29, %t5
  %t31 = load float, ptr %acc11
  %t32 = fadd reassoc nsz contract float %t31, %t30
  store float %t32, ptr %acc11
  %t33 = add i64 %r264, 80
  %t34 = getelementptr inbounds float, ptr %data1, i64 %t33
  %t35 = load float, ptr %t34
  %t36 = fmul contract float %t35, %t5
  %t37 = load float, ptr %acc12
  %t38 = fadd reassoc nsz contract float %t37, %t36
  store float %t38, ptr %acc12
  %t39 = add i64 %r264, 96
  %t40 = getelementptr inbounds float, ptr %data1, i64 %t39
  %t41 = load float, ptr %t40
  %t42 = fmul contract float %t41, %t5
  %t43 = load float, ptr %acc13
  %t44 = fadd reassoc nsz contract float %t43, %t42
  store float %t44, ptr %acc13
  %t45 = add i64 %r264, 112
  %t46 = getelementptr inbounds float, ptr %data1, i64 %t45
  %t47 = load float, ptr %t46
  %t48 = fmul contract float %t47, %t5
  %t49 = load float, ptr %acc14
  %t50 = fadd reassoc nsz contract float %t49, %t48
  store float %t50, ptr %acc14
  %t51 = add i64 %t3, 1
  %t52 = getelementptr inbounds float, ptr %data2, i64 %t51
  %t53 = load float, ptr %t52
  %t54 = fmul contract float %t2, %t53
  %t55 = load float, ptr %acc15
  %t56 = fadd reassoc nsz contract float %t55, %t54
  store float %t56, ptr %acc15
  %t57 = fmul contract float %t11, %t53
  %t58 = load float, ptr %acc16
  %t59 = fadd reassoc nsz contract float %t58, %t57
  store float %t59, ptr %acc16
  %t60 = fmul contract float %t17, %t53
  %t61 = load float, ptr %acc17
  %t62 = fadd reassoc nsz contract float %t61, %t60
  store float %t62, ptr %acc17
  %t63 = fmul contract float %t23, %t53
  %t64 = load float, ptr %acc18
  %t65 = fadd reassoc nsz contract float %t64, %t63
  store float %t65, ptr %acc18
  %t66 = fmul contract float %t29, %t53
  %t67 = load float, ptr %acc19
  %t68 = fadd reassoc nsz contract float %t67, %t66
  store float %t68, ptr %acc19
  %t69 = fmul contract float %t35, %t53
  %t70 = load float, ptr %acc20
  %t71 = fadd reassoc nsz contract float %t70, %t69
  store float %t71, ptr %acc20
  %t72 = fmul contract float %t41, %t53
  %t73 = load float, ptr %acc21
  %t74 = fadd reassoc nsz contract float %t73, %t72
  store float %t74, ptr %acc21
  %t75 = fmul contract float %t47, %t53
  %t76 = load float, ptr %acc22
  %t77 = fadd reassoc nsz contract float %t76, %t75
  store float %t77, ptr %acc22
  %t78 = add i64 %t3, 2
  %t79 = getelementptr inbounds float, ptr %data2, i64 %t78
  %t80 = load float, ptr %t79
  %t81 = fmul contract float %t2, %t80
  %t82 = load float, ptr %acc23
  %t83 = fadd reassoc nsz contract float %t82, %t81
  store float %t83, ptr %acc23
  %t84 = fmul contract float %t11, %t80
  %t85 = load float, ptr %acc24
  %t86 = fadd reassoc nsz contract float %t85, %t84
  store float %t86, ptr %acc24
  %t87 = fmul contract float %t17, %t80
  %t88 = load float, ptr %acc25
  %t89 = fadd reassoc nsz contract float %t88, %t87
  store float %t89, ptr %acc25
  %t90 = fmul contract float %t23, %t80
  %t91 = load float, ptr %acc26
  %t92 = fadd reassoc nsz contract float %t91, %t90
  store float %t92, ptr %acc26
  %t93 = fmul contract float %t29, %t80
  %t94 = load float, ptr %acc27
  %t95 = fadd reassoc nsz contract float %t94, %t93
  store float %t95, ptr %acc27
  %t96 = fmul contract float %t35, %t80
  %t97 = load float, ptr %acc28
  %t98 = fadd reassoc nsz contract float %t97, %t96
  store float %t98, ptr %acc28
  %t99 = fmul contract float %t41, %t80
  %t100 = load float, ptr %acc29
  %t101 = fadd reassoc nsz contract float %t100, %t99
  store float %t101, ptr %acc29
  %t102 = fmul contract float %t47, %t80
  %t103 = load float, ptr %acc30
  %t104 = fadd reassoc nsz contract float %t103, %t102
  store float %t104, ptr %acc30
  %t105 = add i64 %t3, 3
  %t106 = getelementptr inbounds float, ptr %data2, i64 %t105
  %t107 = load float, ptr %t106
  %t108 = fmul contract float %t2, %t107
  %t109 = load float, ptr %acc31
  %t110 = fadd reassoc nsz contract float %t109, %t108
  store float %t110, ptr %acc31
  %t111 = fmul contract float %t11, %t107
  %t112 = load float, ptr %acc32
  %t113 = fadd reassoc nsz contract float %t112, %t111
  store float %t113, ptr %acc32
  %t114 = fmul contract float %t17, %t107
  %t115 = load float, ptr %acc33
  %t116 = fadd reassoc nsz contract float %t115, %t114
  store float %t116, ptr %acc33
  %t117 = fmul contract float %t23, %t107
  %t118 = load float, ptr %acc34
  %t119 = fadd reassoc nsz contract float %t118, %t117
  store float %t119, ptr %acc34
  %t120 = fmul contract float %t29, %t107
  %t121 = load float, ptr %acc35
  %t122 = fadd reassoc nsz contract float %t121, %t120
  store float %t122, ptr %acc35
  %t123 = fmul contract float %t35, %t107
  %t124 = load float, ptr %acc36
  %t125 = fadd reassoc nsz contract float %t124, %t123
  store float %t125, ptr %acc36
  %t126 = fmul contract float %t41, %t107
  %t127 = load float, ptr %acc37
  %t128 = fadd reassoc nsz contract float %t127, %t126
  store float %t128, ptr %acc37
  %t129 = fmul contract float %t47, %t107
  %t130 = load float, ptr %acc38
  %t131 = fadd reassoc nsz contract float %t130, %t129
  store float %t131, ptr %acc38
  %t132 = add i64 %t3, 4
  %t133 = getelementptr inbounds float, ptr %data2, i64 %t132
  %t134 = load float, ptr %t133
  %t135 = fmul contract float %t2, %t134
  %t136 = load float, ptr %acc39
  %t137 = fadd reassoc nsz contract float %t136, %t135
  store float %t137, ptr %acc39
  %t138 = fmul contract float %t11, %t134
  %t139 = load float, ptr %acc40
  %t140 = fadd reassoc nsz contract float %t139, %t138
  store float %t140, ptr %acc40
  %t141 = fmul contract float %t17, %t134
  %t142 = load float, ptr %acc41
  %t143 = fadd reassoc nsz contract float %t142, %t141
  store float %t143, ptr %acc41
  %t144 = fmul contract float %t23, %t134
  %t145 = load float, ptr %acc42
  %t146 = fadd reassoc nsz contract float %t145, %t144
  store float %t146, ptr %acc42
  %t147 = fmul contract float %t29, %t134
  %t148 = load float, ptr %acc43
  %t149 = fadd reassoc nsz contract float %t148, %t147
  store float %t149, ptr %acc43
  %t150 = fmul contract float %t35, %t134
  %t151 = load float, ptr %acc44
  %t152 = fadd reassoc nsz contract float %t151, %t150
  store float %t152, ptr %acc44
  %t153 = fmul contract float %t41, %t134
  %t154 = load float, ptr %acc45
  %t155 = fadd reassoc nsz contract float %t154, %t153
  store float %t155, ptr %acc45
  %t156 = fmul contract float %t47, %t134
  %t157 = load float, ptr %acc46
  %t158 = fadd reassoc nsz contract float %t157, %t156
  store float %t158, ptr %acc46
  %t159 = add i64 %t3, 5
  %t160 = getelementptr inbounds float, ptr %data2, i64 %t159
  %t161 = load float, ptr %t160
  %t162 = fmul contract float %t2, %t161
  %t163 = load float, ptr %acc47
  %t164 = fadd reassoc nsz contract float %t163, %t162
  store float %t164, ptr %acc47
  %t165 = fmul contract float %t11, %t161
  %t166 = load float, ptr %acc48
  %t167 = fadd reassoc nsz contract float %t166, %t165
  store float %t167, ptr %acc48
  %t168 = fmul contract float %t17, %t161
  %t169 = load float, ptr %acc49
  %t170 = fadd reassoc nsz contract float %t169, %t168
  store float %t170, ptr %acc49
  %t171 = fmul contract float %t23, %t161
  %t172 = load float, ptr %acc50
  %t173 = fadd reassoc nsz contract float %t172, %t171
  store float %t173, ptr %acc50
  %t174 = fmul contract float %t29, %t161
  %t175 = load float, ptr %acc51
  %t176 = fadd reassoc nsz contract float %t175, %t174
  store float %t176, ptr %acc51
  %t177 = fmul contract float %t35, %t161
  %t178 = load float, ptr %acc52
  %t179 = fadd reassoc nsz contract float %t178, %t177
  store float %t179, ptr %acc52
  %t180 = fmul contract float %t41, %t161
  %t181 = load float, ptr %acc53
  %t182 = fadd reassoc nsz contract float %t181, %t180
  store float %t182, ptr %acc53
  %t183 = fmul contract float %t47, %t161
  %t184 = load float, ptr %acc54
  %t185 = fadd reassoc nsz contract float %t184, %t183
  store float %t185, ptr %acc54
  %t186 = add i64 %t3, 6
  %t187 = getelementptr inbounds float, ptr %data2, i64 %t186
  %t188 = load float, ptr %t187
  %t189 = fmul contract float %t2, %t188
  %t190 = load float, ptr %acc55
  %t191 = fadd reassoc nsz contract float %t190, %t189
  store float %t191, ptr %acc55
  %t192 = fmul contract float %t11, %t188
  %t193 = load float, ptr %acc56
  %t194 = fadd reassoc nsz contract float %t193, %t192
  store float %t194, ptr %acc56
  %t195 = fmul contract float %t17, %t188
  %t196 = load float, ptr %acc57
  %t197 = fadd reassoc nsz contract float %t196, %t195
  store float %t197, ptr %acc57
  %t198 = fmul contract float %t23, %t188
  %t199 = load float, ptr %acc58
  %t200 = fadd reassoc nsz contract float %t199, %t198
  store float %t200, ptr %acc58
  %t201 = fmul contract float %t29, %t188
  %t202 = load float, ptr %acc59
  %t203 = fadd reassoc nsz contract float %t202, %t201
  store float %t203, ptr %acc59
  %t204 = fmul contract float %t35, %t188
  %t205 = load float, ptr %acc60
  %t206 = fadd reassoc nsz contract float %t205, %t204
  store float %t206, ptr %acc60
  %t207 = fmul contract float %t41, %t188
  %t208 = load float, ptr %acc61
  %t209 = fadd reassoc nsz contract float %t208, %t207
  store float %t209, ptr %acc61
  %t210 = fmul contract float %t47, %t188
  %t211 = load float, ptr %acc62
  %t212 = fadd reassoc nsz contract float %t211, %t210
  store float %t212, ptr %acc62
  %t213 = add i64 %t3, 7
  %t214 = getelementptr inbounds float, ptr %data2, i64 %t213
  %t215 = load float, ptr %t214
  %t216 = fmul contract float %t2, %t215
  %t217 = load float, ptr %acc63
  %t218 = fadd reassoc nsz contract float %t217, %t216
  store float %t218, ptr %acc63
  %t219 = fmul contract float %t11, %t215
  %t220 = load float, ptr %acc64
  %t221 = fadd reassoc nsz contract float %t220, %t219
  store float %t221, ptr %acc64
  %t222 = fmul contract float %t17, %t215
  %t223 = load float, ptr %acc65
  %t224 = fadd reassoc nsz contract float %t223, %t222
  store float %t224, ptr %acc65
  %t225 = fmul contract float %t23, %t215
  %t226 = load float, ptr %acc66
  %t227 = fadd reassoc nsz contract float %t226, %t225
  store float %t227, ptr %acc66
  %t228 = fmul contract float %t29, %t215
  %t229 = load float, ptr %acc67
  %t230 = fadd reassoc nsz contract float %t229, %t228
  store float %t230, ptr %acc67
  %t231 = fmul contract float %t35, %t215
  %t232 = load float, ptr %acc68
  %t233 = fadd reassoc nsz contract float %t232, %t231
  store float %t233, ptr %acc68
  %t234 = fmul contract float %t41, %t215
  %t235 = load float, ptr %acc69
  %t236 = fadd reassoc nsz contract float %t235, %t234
  store float %t236, ptr %acc69
  %t237 = fmul contract float %t47, %t215
  %t238 = load float, ptr %acc70
  %t239 = fadd reassoc nsz contract float %t238, %t237
  store float %t239, ptr %acc70
  %t240 = add i64 %t3, 8
  %t241 = getelementptr inbounds float, ptr %data2, i64 %t240
  %t242 = load float, ptr %t241
  %t243 = fmul contract float %t2, %t242
  %t244 = load float, ptr %acc71
  %t245 = fadd reassoc nsz contract float %t244, %t243
  store float %t245, ptr %acc71
  %t246 = fmul contract float %t11, %t242
  %t247 = load float, ptr %acc72
  %t248 = fadd reassoc nsz contract float %t247, %t246
  store float %t248, ptr %acc72
  %t249 = fmul contract float %t17, %t242
  %t250 = load float, ptr %acc73
  %t251 = fadd reassoc nsz contract float %t250, %t249
  store float %t251, ptr %acc73
  %t252 = fmul contract float %t23, %t242
  %t253 = load float, ptr %acc74
  %t254 = fadd reassoc nsz contract float %t253, %t252
  store float %t254, ptr %acc74
  %t255 = fmul contract float %t29, %t242
  %t256 = load float, ptr %acc75
  %t257 = fadd reassoc nsz contract float %t256, %t255
  store float %t257, ptr %acc75
  %t258 = fmul contract float %t35, %t242
  %t259 = load float, ptr %acc76
  %t260 = fadd reassoc nsz contract float %t259, %t258
  store float %t260, ptr %acc76
  %t261 = fmul contract float %t41, %t242
  %t262 = load float, ptr %acc77
  %t263 = fadd reassoc nsz contract float %t262, %t261
  store float %t263, ptr %acc77
  %t264 = fmul contract float %t47, %t242
  %t265 = load float, ptr %acc78
  %t266 = fadd reassoc nsz contract float %t265, %t264
  store float %t266, ptr %acc78
  %t267 = add i64 %t3, 9
  %t268 = getelementptr inbounds float, ptr %data2, i64 %t267
  %t269 = load float, ptr %t268
  %t270 = fmul contract float %t2, %t269
  %t271 = load float, ptr %acc79
  %t272 = fadd reassoc nsz contract float %t271, %t270
  store float %t272, ptr %acc79
  %t273 = fmul contract float %t11, %t269
  %t274 = load float, ptr %acc80
  %t275 = fadd reassoc nsz contract float %t274, %t273
  store float %t275, ptr %acc80
  %t276 = fmul contract float %t17, %t269
  %t277 = load float, ptr %acc81
  %t278 = fadd reassoc nsz contract float %t277, %t276
  store float %t278, ptr %acc81
  %t279 = fmul contract float %t23, %t269
  %t280 = load float, ptr %acc82
  %t281 = fadd reassoc nsz contract float %t280, %t279
  store float %t281, ptr %acc82
  %t282 = fmul contract float %t29, %t269
  %t283 = load float, ptr %acc83
  %t284 = fadd reassoc nsz contract float %t283, %t282
  store float %t284, ptr %acc83
  %t285 = fmul contract float %t35, %t269
  %t286 = load float, ptr %acc84
  %t287 = fadd reassoc nsz contract float %t286, %t285
  store float %t287, ptr %acc84
  %t288 = fmul contract float %t41, %t269
  %t289 = load float, ptr %acc85
  %t290 = fadd reassoc nsz contract float %t289, %t288
  store float %t290, ptr %acc85
  %t291 = fmul contract float %t47, %t269
  %t292 = load float, ptr %acc86
  %t293 = fadd reassoc nsz contract float %t292, %t291
  store float %t293, ptr %acc86
  %t294 = add i64 %t3, 10
  %t295 = getelementptr inbounds float, ptr %data2, i64 %t294
  %t296 = load float, ptr %t295
  %t297 = fmul contract float %t2, %t296
  %t298 = load float, ptr %acc87
  %t299 = fadd reassoc nsz contract float %t298, %t297
  store float %t299, ptr %acc87
  %t300 = fmul contract float %t11, %t296
  %t301 = load float, ptr %acc88
  %t302 = fadd reassoc nsz contract float %t301, %t300
  store float %t302, ptr %acc88
  %t303 = fmul contract float %t17, %t296
  %t304 = load float, ptr %acc89
  %t305 = fadd reassoc nsz contract float %t304, %t303
  store float %t305, ptr %acc89
  %t306 = fmul contract float %t23, %t296
  %t307 = load float, ptr %acc90
  %t308 = fadd reassoc nsz contract float %t307, %t306
  store float %t308, ptr %acc90
  %t309 = fmul contract float %t29, %t296
  %t310 = load float, ptr %acc91
  %t311 = fadd reassoc nsz contract float %t310, %t309
  store float %t311, ptr %acc91
  %t312 = fmul contract float %t35, %t296
  %t313 = load float, ptr %acc92
  %t314 = fadd reassoc nsz contract float %t313, %t312
  store float %t314, ptr %acc92
  %t315 = fmul contract float %t41, %t296
  %t316 = load float, ptr %acc93
  %t317 = fadd reassoc nsz contract float %t316, %t315
  store float %t317, ptr %acc93
  %t318 = fmul contract float %t47, %t296
  %t319 = load float, ptr %acc94
  %t320 = fadd reassoc nsz contract float %t319, %t318
  store float %t320, ptr %acc94
  %t321 = add i64 %t3, 11
  %t322 = getelementptr inbounds float, ptr %data2, i64 %t321
  %t323 = load float, ptr %t322
  %t324 = fmul contract float %t2, %t323
  %t325 = load float, ptr %acc95
  %t326 = fadd reassoc nsz contract float %t325, %t324
  store float %t326, ptr %acc95
  %t327 = fmul contract float %t11, %t323
  %t328 = load float, ptr %acc96
  %t329 = fadd reassoc nsz contract float %t328, %t327
  store float %t329, ptr %acc96
  %t330 = fmul contract float %t17, %t323
  %t331 = load float, ptr %acc97
  %t332 = fadd reassoc nsz contract float %t331, %t330
  store float %t332, ptr %acc97
  %t333 = fmul contract float %t23, %t323
  %t334 = load float, ptr %acc98
  %t335 = fadd reassoc nsz contract float %t334, %t333
  store float %t335, ptr %acc98
  %t336 = fmul contract float %t29, %t323
  %t337 = load float, ptr %acc99
  %t338 = fadd reassoc nsz contract float %t337, %t336
  store float %t338, ptr %acc99
  %t339 = fmul contract float %t35, %t323
  %t340 = load float, ptr %acc100
  %t341 = fadd reassoc nsz contract float %t340, %t339
  store float %t341, ptr %acc100
  %t342 = fmul contract float %t41, %t323
  %t343 = load float, ptr %acc101
  %t344 = fadd reassoc nsz contract float %t343, %t342
  store float %t344, ptr %acc101
  %t345 = fmul contract float %t47, %t323
  %t346 = load float, ptr %acc102
  %t347 = fadd reassoc nsz contract float %t346, %t345
  store float %t347, ptr %acc102
  %t348 = add i64 %t3, 12
  %t349 = getelementptr inbounds float, ptr %data2, i64 %t348
  %t350 = load float, ptr %t349
  %t351 = fmul contract float %t2, %t350
  %t352 = load float, ptr %acc103
  %t353 = fadd reassoc nsz contract float %t352, %t351
  store float %t353, ptr %acc103
  %t354 = fmul contract float %t11, %t350
  %t355 = load float, ptr %acc104
  %t356 = fadd reassoc nsz contract float %t355, %t354
  store float %t356, ptr %acc104
  %t357 = fmul contract float %t17, %t350
  %t358 = load float, ptr %acc105
  %t359 = fadd reassoc nsz contract float %t358, %t357
  store float %t359, ptr %acc105
  %t360 = fmul contract float %t23, %t350
  %t361 = load float, ptr %acc106
  %t362 = fadd reassoc nsz contract float %t361, %t360
  store float %t362, ptr %acc106
  %t363 = fmul contract float %t29, %t350
  %t364 = load float, ptr %acc107
  %t365 = fadd reassoc nsz contract float %t364, %t363
  store float %t365, ptr %acc107
  %t366 = fmul contract float %t35, %t350
  %t367 = load float, ptr %acc108
  %t368 = fadd reassoc nsz contract float %t367, %t366
  store float %t368, ptr %acc108
  %t369 = fmul contract float %t41, %t350
  %t370 = load float, ptr %acc109
  %t371 = fadd reassoc nsz contract float %t370, %t369
  store float %t371, ptr %acc109
  %t372 = fmul contract float %t47, %t350
  %t373 = load float, ptr %acc110
  %t374 = fadd reassoc nsz contract float %t373, %t372
  store float %t374, ptr %acc110
  %t375 = add i64 %t3, 13
  %t376 = getelementptr inbounds float, ptr %data2, i64 %t375
  %t377 = load float, ptr %t376
  %t378 = fmul contract float %t2, %t377
  %t379 = load float, ptr %acc111
  %t380 = fadd reassoc nsz contract float %t379, %t378
  store float %t380, ptr %acc111
  %t381 = fmul contract float %t11, %t377
  %t382 = load float, ptr %acc112
  %t383 = fadd reassoc nsz contract float %t382, %t381
  store float %t383, ptr %acc112
  %t384 = fmul contract float %t17, %t377
  %t385 = load float, ptr %acc113
  %t386 = fadd reassoc nsz contract float %t385, %t384
  store float %t386, ptr %acc113
  %t387 = fmul contract float %t23, %t377
  %t388 = load float, ptr %acc114
  %t389 = fadd reassoc nsz contract float %t388, %t387
  store float %t389, ptr %acc114
  %t390 = fmul contract float %t29, %t377
  %t391 = load float, ptr %acc115
  %t392 = fadd reassoc nsz contract float %t391, %t390
  store float %t392, ptr %acc115
  %t393 = fmul contract float %t35, %t377
  %t394 = load float, ptr %acc116
  %t395 = fadd reassoc nsz contract float %t394, %t393
  store float %t395, ptr %acc116
  %t396 = fmul contract float %t41, %t377
  %t397 = load float, ptr %acc117
  %t398 = fadd reassoc nsz contract float %t397, %t396
  store float %t398, ptr %acc117
  %t399 = fmul contract float %t47, %t377
  %t400 = load float, ptr %acc118
  %t401 = fadd reassoc nsz contract float %t400, %t399
  store float %t401, ptr %acc118
  %t402 = add i64 %t3, 14
  %t403 = getelementptr inbounds float, ptr %data2, i64 %t402
  %t404 = load float, ptr %t403
  %t405 = fmul contract float %t2, %t404
  %t406 = load float, ptr %acc119
  %t407 = fadd reassoc nsz contract float %t406, %t405
  store float %t407, ptr %acc119
  %t408 = fmul contract float %t11, %t404
  %t409 = load float, ptr %acc120
  %t410 = fadd reassoc nsz contract float %t409, %t408
  store float %t410, ptr %acc120
  %t411 = fmul contract float %t17, %t404
  %t412 = load float, ptr %acc121
  %t413 = fadd reassoc nsz contract float %t412, %t411
  store float %t413, ptr %acc121
  %t414 = fmul contract float %t23, %t404
  %t415 = load float, ptr %acc122
  %t416 = fadd reassoc nsz contract float %t415, %t414
  store float %t416, ptr %acc122
  %t417 = fmul contract float %t29, %t404
  %t418 = load float, ptr %acc123
  %t419 = fadd reassoc nsz contract float %t418, %t417
  store float %t419, ptr %acc123
  %t420 = fmul contract float %t35, %t404
  %t421 = load float, ptr %acc124
  %t422 = fadd reassoc nsz contract float %t421, %t420
  store float %t422, ptr %acc124
  %t423 = fmul contract float %t41, %t404
  %t424 = load float, ptr %acc125
  %t425 = fadd reassoc nsz contract float %t424, %t423
  store float %t425, ptr %acc125
  %t426 = fmul contract float %t47, %t404
  %t427 = load float, ptr %acc126
  %t428 = fadd reassoc nsz contract float %t427, %t426
  store float %t428, ptr %acc126
  %t429 = add i64 %t3, 15
  %t430 = getelementptr inbounds float, ptr %data2, i64 %t429
  %t431 = load float, ptr %t430
  %t432 = fmul contract float %t2, %t431
  %t433 = load float, ptr %acc127
  %t434 = fadd reassoc nsz contract float %t433, %t432
  store float %t434, ptr %acc127
  %t435 = fmul contract float %t11, %t431
  %t436 = load float, ptr %acc128
  %t437 = fadd reassoc nsz contract float %t436, %t435
  store float %t437, ptr %acc128
  %t438 = fmul contract float %t17, %t431
  %t439 = load float, ptr %acc129
  %t440 = fadd reassoc nsz contract float %t439, %t438
  store float %t440, ptr %acc129
  %t441 = fmul contract float %t23, %t431
  %t442 = load float, ptr %acc130
  %t443 = fadd reassoc nsz contract float %t442, %t441
  store float %t443, ptr %acc130
  %t444 = fmul contract float %t29, %t431
  %t445 = load float, ptr %acc131
  %t446 = fadd reassoc nsz contract float %t445, %t444
  store float %t446, ptr %acc131
  %t447 = fmul contract float %t35, %t431
  %t448 = load float, ptr %acc132
  %t449 = fadd reassoc nsz contract float %t448, %t447
  store float %t449, ptr %acc132
  %t450 = fmul contract float %t41, %t431
  %t451 = load float, ptr %acc133
  %t452 = fadd reassoc nsz contract float %t451, %t450
  store float %t452, ptr %acc133
  %t453 = fmul contract float %t47, %t431
  %t454 = load float, ptr %acc134
  %t455 = fadd reassoc nsz contract float %t454, %t453
  store float %t455, ptr %acc134
  %t456 = add i64 %t3, 16
  %t457 = getelementptr inbounds float, ptr %data2, i64 %t456
  %t458 = load float, ptr %t457
  %t459 = fmul contract float %t2, %t458
  %t460 = load float, ptr %acc135
  %t461 = fadd reassoc nsz contract float %t460, %t459
  store float %t461, ptr %acc135
  %t462 = fmul contract float %t11, %t458
  %t463 = load float, ptr %acc136
  %t464 = fadd reassoc nsz contract float %t463, %t462
  store float %t464, ptr %acc136
  %t465 = fmul contract float %t17, %t458
  %t466 = load float, ptr %acc137
  %t467 = fadd reassoc nsz contract float %t466, %t465
  store float %t467, ptr %acc137
  %t468 = fmul contract float %t23, %t458
  %t469 = load float, ptr %acc138
  %t470 = fadd reassoc nsz contract float %t469, %t468
  store float %t470, ptr %acc138
  %t471 = fmul contract float %t29, %t458
  %t472 = load float, ptr %acc139
  %t473 = fadd reassoc nsz contract float %t472, %t471
  store float %t473, ptr %acc139
  %t474 = fmul contract float %t35, %t458
  %t475 = load float, ptr %acc140
  %t476 = fadd reassoc nsz contract float %t475, %t474
  store float %t476, ptr %acc140
  %t477 = fmul contract float %t41, %t458
  %t478 = load float, ptr %acc141
  %t479 = fadd reassoc nsz contract float %t478, %t477
  store float %t479, ptr %acc141
  %t480 = fmul contract float %t47, %t458
  %t481 = load float, ptr %acc142
  %t482 = fadd reassoc nsz contract float %t481, %t480
  store float %t482, ptr %acc142
  %t483 = add i64 %t3, 17
  %t484 = getelementptr inbounds float, ptr %data2, i64 %t483
  %t485 = load float, ptr %t484
  %t486 = fmul contract float %t2, %t485
  %t487 = load float, ptr %acc143
  %t488 = fadd reassoc nsz contract float %t487, %t486
  store float %t488, ptr %acc143
  %t489 = fmul contract float %t11, %t485
  %t490 = load float, ptr %acc144
  %t491 = fadd reassoc nsz contract float %t490, %t489
  store float %t491, ptr %acc144
  %t492 = fmul contract float %t17, %t485
  %t493 = load float, ptr %acc145
  %t494 = fadd reassoc nsz contract float %t493, %t492
  store float %t494, ptr %acc145
  %t495 = fmul contract float %t23, %t485
  %t496 = load float, ptr %acc146
  %t497 = fadd reassoc nsz contract float %t496, %t495
  store float %t497, ptr %acc146
  %t498 = fmul contract float %t29, %t485
  %t499 = load float, ptr %acc147
  %t500 = fadd reassoc nsz contract float %t499, %t498
  store float %t500, ptr %acc147
  %t501 = fmul contract float %t35, %t485
  %t502 = load float, ptr %acc148
  %t503 = fadd reassoc nsz contract float %t502, %t501
  store float %t503, ptr %acc148
  %t504 = fmul contract float %t41, %t485
  %t505 = load float, ptr %acc149
  %t506 = fadd reassoc nsz contract float %t505, %t504
  store float %t506, ptr %acc149
  %t507 = fmul contract float %t47, %t485
  %t508 = load float, ptr %acc150
  %t509 = fadd reassoc nsz contract float %t508, %t507
  store float %t509, ptr %acc150
  %t510 = add i64 %t3, 18
  %t511 = getelementptr inbounds float, ptr %data2, i64 %t510
  %t512 = load float, ptr %t511
  %t513 = fmul contract float %t2, %t512
  %t514 = load float, ptr %acc151
  %t515 = fadd reassoc nsz contract float %t514, %t513
  store float %t515, ptr %acc151
  %t516 = fmul contract float %t11, %t512
  %t517 = load float, ptr %acc152
  %t518 = fadd reassoc nsz contract float %t517, %t516
  store float %t518, ptr %acc152
  %t519 = fmul contract float %t17, %t512
  %t520 = load float, ptr %acc153
  %t521 = fadd reassoc nsz contract float %t520, %t519
  store float %t521, ptr %acc153
  %t522 = fmul contract float %t23, %t512
  %t523 = load float, ptr %acc154
  %t524 = fadd reassoc nsz contract float %t523, %t522
  store float %t524, ptr %acc154
  %t525 = fmul contract float %t29, %t512
  %t526 = load float, ptr %acc155
  %t527 = fadd reassoc nsz contract float %t526, %t525
  store float %t527, ptr %acc155
  %t528 = fmul contract float %t35, %t512
  %t529 = load float, ptr %acc156
  %t530 = fadd reassoc nsz contract float %t529, %t528
  store float %t530, ptr %acc156
  %t531 = fmul contract float %t41, %t512
  %t532 = load float, ptr %acc157
  %t533 = fadd reassoc nsz contract float %t532, %t531
  store float %t533, ptr %acc157
  %t534 = fmul contract float %t47, %t512
  %t535 = load float, ptr %acc158
  %t536 = fadd reassoc nsz contract float %t535, %t534
  store float %t536, ptr %acc158
  %t537 = add i64 %t3, 19
  %t538 = getelementptr inbounds float, ptr %data2, i64 %t537
  %t539 = load float, ptr %t538
  %t540 = fmul contract float %t2, %t539
  %t541 = load float, ptr %acc159
  %t542 = fadd reassoc nsz contract float %t541, %t540
  store float %t542, ptr %acc159
  %t543 = fmul contract float %t11, %t539
  %t544 = load float, ptr %acc160
  %t545 = fadd reassoc nsz contract float %t544, %t543
  store float %t545, ptr %acc160
  %t546 = fmul contract float %t17, %t539
  %t547 = load float, ptr %acc161
  %t548 = fadd reassoc nsz contract float %t547, %t546
  store float %t548, ptr %acc161
  %t549 = fmul contract float %t23, %t539
  %t550 = load float, ptr %acc162
  %t551 = fadd reassoc nsz contract float %t550, %t549
  store float %t551, ptr %acc162
  %t552 = fmul contract float %t29, %t539
  %t553 = load float, ptr %acc163
  %t554 = fadd reassoc nsz contract float %t553, %t552
  store float %t554, ptr %acc163
  %t555 = fmul contract float %t35, %t539
  %t556 = load float, ptr %acc164
  %t557 = fadd reassoc nsz contract float %t556, %t555
  store float %t557, ptr %acc164
  %t558 = fmul contract float %t41, %t539
  %t559 = load float, ptr %acc165
  %t560 = fadd reassoc nsz contract float %t559, %t558
  store float %t560, ptr %acc165
  %t561 = fmul contract float %t47, %t539
  %t562 = load float, ptr %acc166
  %t563 = fadd reassoc nsz contract float %t562, %t561
  store float %t563, ptr %acc166
  %t564 = add i64 %t3, 20
  %t565 = getelementptr inbounds float, ptr %data2, i64 %t564
  %t566 = load float, ptr %t565
  %t567 = fmul contract float %t2, %t566
  %t568 = load float, ptr %acc167
  %t569 = fadd reassoc nsz contract float %t568, %t567
  store float %t569, ptr %acc167
  %t570 = fmul contract float %t11, %t566
  %t571 = load float, ptr %acc168
  %t572 = fadd reassoc nsz contract float %t571, %t570
  store float %t572, ptr %acc168
  %t573 = fmul contract float %t17, %t566
  %t574 = load float, ptr %acc169
  %t575 = fadd reassoc nsz contract float %t574, %t573
  store float %t575, ptr %acc169
  %t576 = fmul contract float %t23, %t566
  %t577 = load float, ptr %acc170
  %t578 = fadd reassoc nsz contract float %t577, %t576
  store float %t578, ptr %acc170
  %t579 = fmul contract float %t29, %t566
  %t580 = load float, ptr %acc171
  %t581 = fadd reassoc nsz contract float %t580, %t579
  store float %t581, ptr %acc171
  %t582 = fmul contract float %t35, %t566
  %t583 = load float, ptr %acc172
  %t584 = fadd reassoc nsz contract float %t583, %t582
  store float %t584, ptr %acc172
  %t585 = fmul contract float %t41, %t566
  %t586 = load float, ptr %acc173
  %t587 = fadd reassoc nsz contract float %t586, %t585
  store float %t587, ptr %acc173
  %t588 = fmul contract float %t47, %t566
  %t589 = load float, ptr %acc174
  %t590 = fadd reassoc nsz contract float %t589, %t588
  store float %t590, ptr %acc174
  %t591 = add i64 %t3, 21
  %t592 = getelementptr inbounds float, ptr %data2, i64 %t591
  %t593 = load float, ptr %t592
  %t594 = fmul contract float %t2, %t593
  %t595 = load float, ptr %acc175
  %t596 = fadd reassoc nsz contract float %t595, %t594
  store float %t596, ptr %acc175
  %t597 = fmul contract float %t11, %t593
  %t598 = load float, ptr %acc176
  %t599 = fadd reassoc nsz contract float %t598, %t597
  store float %t599, ptr %acc176
  %t600 = fmul contract float %t17, %t593
  %t601 = load float, ptr %acc177
  %t602 = fadd reassoc nsz contract float %t601, %t600
  store float %t602, ptr %acc177
  %t603 = fmul contract float %t23, %t593
  %t604 = load float, ptr %acc178
  %t605 = fadd reassoc nsz contract float %t604, %t603
  store float %t605, ptr %acc178
  %t606 = fmul contract float %t29, %t593
  %t607 = load float, ptr %acc179
  %t608 = fadd reassoc nsz contract float %t607, %t606
  store float %t608, ptr %acc179
  %t609 = fmul contract float %t35, %t593
  %t610 = load float, ptr %acc180
  %t611 = fadd reassoc nsz contract float %t610, %t609
  store float %t611, ptr %acc180
  %t612 = fmul contract float %t41, %t593
  %t613 = load float, ptr %acc181
  %t614 = fadd reassoc nsz contract float %t613, %t612
  store float %t614, ptr %acc181
  %t615 = fmul contract float %t47, %t593
  %t616 = load float, ptr %acc182
  %t617 = fadd reassoc nsz contract float %t616, %t615
  store float %t617, ptr %acc182
  %t618 = add i64 %t3, 22
  %t619 = getelementptr inbounds float, ptr %data2, i64 %t618
  %t620 = load float, ptr %t619
  %t621 = fmul contract float %t2, %t620
  %t622 = load float, ptr %acc183
  %t623 = fadd reassoc nsz contract float %t622, %t621
  store float %t623, ptr %acc183
  %t624 = fmul contract float %t11, %t620
  %t625 = load float, ptr %acc184
  %t626 = fadd reassoc nsz contract float %t625, %t624
  store float %t626, ptr %acc184
  %t627 = fmul contract float %t17, %t620
  %t628 = load float, ptr %acc185
  %t629 = fadd reassoc nsz contract float %t628, %t627
  store float %t629, ptr %acc185
  %t630 = fmul contract float %t23, %t620
  %t631 = load float, ptr %acc186
  %t632 = fadd reassoc nsz contract float %t631, %t630
  store float %t632, ptr %acc186
  %t633 = fmul contract float %t29, %t620
  %t634 = load float, ptr %acc187
  %t635 = fadd reassoc nsz contract float %t634, %t633
  store float %t635, ptr %acc187
  %t636 = fmul contract float %t35, %t620
  %t637 = load float, ptr %acc188
  %t638 = fadd reassoc nsz contract float %t637, %t636
  store float %t638, ptr %acc188
  %t639 = fmul contract float %t41, %t620
  %t640 = load float, ptr %acc189
  %t641 = fadd reassoc nsz contract float %t640, %t639
  store float %t641, ptr %acc189
  %t642 = fmul contract float %t47, %t620
  %t643 = load float, ptr %acc190
  %t644 = fadd reassoc nsz contract float %t643, %t642
  store float %t644, ptr %acc190
  %t645 = add i64 %t3, 23
  %t646 = getelementptr inbounds float, ptr %data2, i64 %t645
  %t647 = load float, ptr %t646
  %t648 = fmul contract float %t2, %t647
  %t649 = load float, ptr %acc191
  %t650 = fadd reassoc nsz contract float %t649, %t648
  store float %t650, ptr %acc191
  %t651 = fmul contract float %t11, %t647
  %t652 = load float, ptr %acc192
  %t653 = fadd reassoc nsz contract float %t652, %t651
  store float %t653, ptr %acc192
  %t654 = fmul contract float %t17, %t647
  %t655 = load float, ptr %acc193
  %t656 = fadd reassoc nsz contract float %t655, %t654
  store float %t656, ptr %acc193
  %t657 = fmul contract float %t23, %t647
  %t658 = load float, ptr %acc194
  %t659 = fadd reassoc nsz contract float %t658, %t657
  store float %t659, ptr %acc194
  %t660 = fmul contract float %t29, %t647
  %t661 = load float, ptr %acc195
  %t662 = fadd reassoc nsz contract float %t661, %t660
  store float %t662, ptr %acc195
  %t663 = fmul contract float %t35, %t647
  %t664 = load float, ptr %acc196
  %t665 = fadd reassoc nsz contract float %t664, %t663
  store float %t665, ptr %acc196
  %t666 = fmul contract float %t41, %t647
  %t667 = load float, ptr %acc197
  %t668 = fadd reassoc nsz contract float %t667, %t666
  store float %t668, ptr %acc197
  %t669 = fmul contract float %t47, %t647
  %t670 = load float, ptr %acc198
  %t671 = fadd reassoc nsz contract float %t670, %t669
  store float %t671, ptr %acc198
  %t672 = add i64 %t3, 24
  %t673 = getelementptr inbounds float, ptr %data2, i64 %t672
  %t674 = load float, ptr %t673
  %t675 = fmul contract float %t2, %t674
  %t676 = load float, ptr %acc199
  %t677 = fadd reassoc nsz contract float %t676, %t675
  store float %t677, ptr %acc199
  %t678 = fmul contract float %t11, %t674
  %t679 = load float, ptr %acc200
  %t680 = fadd reassoc nsz contract float %t679, %t678
  store float %t680, ptr %acc200
  %t681 = fmul contract float %t17, %t674
  %t682 = load float, ptr %acc201
  %t683 = fadd reassoc nsz contract float %t682, %t681
  store float %t683, ptr %acc201
  %t684 = fmul contract float %t23, %t674
  %t685 = load float, ptr %acc202
  %t686 = fadd reassoc nsz contract float %t685, %t684
  store float %t686, ptr %acc202
  %t687 = fmul contract float %t29, %t674
  %t688 = load float, ptr %acc203
  %t689 = fadd reassoc nsz contract float %t688, %t687
  store float %t689, ptr %acc203
  %t690 = fmul contract float %t35, %t674
  %t691 = load float, ptr %acc204
  %t692 = fadd reassoc nsz contract float %t691, %t690
  store float %t692, ptr %acc204
  %t693 = fmul contract float %t41, %t674
  %t694 = load float, ptr %acc205
  %t695 = fadd reassoc nsz contract float %t694, %t693
  store float %t695, ptr %acc205
  %t696 = fmul contract float %t47, %t674
  %t697 = load float, ptr %acc206
  %t698 = fadd reassoc nsz contract float %t697, %t696
  store float %t698, ptr %acc206
  %t699 = add i64 %t3, 25
  %t700 = getelementptr inbounds float, ptr %data2, i64 %t699
  %t701 = load float, ptr %t700
  %t702 = fmul contract float %t2, %t701
  %t703 = load float, ptr %acc207
  %t704 = fadd reassoc nsz contract float %t703, %t702
  store float %t704, ptr %acc207
  %t705 = fmul contract float %t11, %t701
  %t706 = load float, ptr %acc208
  %t707 = fadd reassoc nsz contract float %t706, %t705
  store float %t707, ptr %acc208
  %t708 = fmul contract float %t17, %t701
  %t709 = load float, ptr %acc209
  %t710 = fadd reassoc nsz contract float %t709, %t708
  store float %t710, ptr %acc209
  %t711 = fmul contract float %t23, %t701
  %t712 = load float, ptr %acc210
  %t713 = fadd reassoc nsz contract float %t712, %t711
  store float %t713, ptr %acc210
  %t714 = fmul contract float %t29, %t701
  %t715 = load float, ptr %acc211
  %t716 = fadd reassoc nsz contract float %t715, %t714
  store float %t716, ptr %acc211
  %t717 = fmul contract float %t35, %t701
  %t718 = load float, ptr %acc212
  %t719 = fadd reassoc nsz contract float %t718, %t717
  store float %t719, ptr %acc212
  %t720 = fmul contract float %t41, %t701
  %t721 = load float, ptr %acc213
  %t722 = fadd reassoc nsz contract float %t721, %t720
  store float %t722, ptr %acc213
  %t723 = fmul contract float %t47, %t701
  %t724 = load float, ptr %acc214
  %t725 = fadd reassoc nsz contract float %t724, %t723
  store float %t725, ptr %acc214
  %t726 = add i64 %t3, 26
  %t727 = getelementptr inbounds float, ptr %data2, i64 %t726
  %t728 = load float, ptr %t727
  %t729 = fmul contract float %t2, %t728
  %t730 = load float, ptr %acc215
  %t731 = fadd reassoc nsz contract float %t730, %t729
  store float %t731, ptr %acc215
  %t732 = fmul contract float %t11, %t728
  %t733 = load float, ptr %acc216
  %t734 = fadd reassoc nsz contract float %t733, %t732
  store float %t734, ptr %acc216
  %t735 = fmul contract float %t17, %t728
  %t736 = load float, ptr %acc217
  %t737 = fadd reassoc nsz contract float %t736, %t735
  store float %t737, ptr %acc217
  %t738 = fmul contract float %t23, %t728
  %t739 = load float, ptr %acc218
  %t740 = fadd reassoc nsz contract float %t739, %t738
  store float %t740, ptr %acc218
  %t741 = fmul contract float %t29, %t728
  %t742 = load float, ptr %acc219
  %t743 = fadd reassoc nsz contract float %t742, %t741
  store float %t743, ptr %acc219
  %t744 = fmul contract float %t35, %t728
  %t745 = load float, ptr %acc220
  %t746 = fadd reassoc nsz contract float %t745, %t744
  store float %t746, ptr %acc220
  %t747 = fmul contract float %t41, %t728
  %t748 = load float, ptr %acc221
  %t749 = fadd reassoc nsz contract float %t748, %t747
  store float %t749, ptr %acc221
  %t750 = fmul contract float %t47, %t728
  %t751 = load float, ptr %acc222
  %t752 = fadd reassoc nsz contract float %t751, %t750
  store float %t752, ptr %acc222
  %t753 = add i64 %t3, 27
  %t754 = getelementptr inbounds float, ptr %data2, i64 %t753
  %t755 = load float, ptr %t754
  %t756 = fmul contract float %t2, %t755
  %t757 = load float, ptr %acc223
  %t758 = fadd reassoc nsz contract float %t757, %t756
  store float %t758, ptr %acc223
  %t759 = fmul contract float %t11, %t755
  %t760 = load float, ptr %acc224
  %t761 = fadd reassoc nsz contract float %t760, %t759
  store float %t761, ptr %acc224
  %t762 = fmul contract float %t17, %t755
  %t763 = load float, ptr %acc225
  %t764 = fadd reassoc nsz contract float %t763, %t762
  store float %t764, ptr %acc225
  %t765 = fmul contract float %t23, %t755
  %t766 = load float, ptr %acc226
  %t767 = fadd reassoc nsz contract float %t766, %t765
  store float %t767, ptr %acc226
  %t768 = fmul contract float %t29, %t755
  %t769 = load float, ptr %acc227
  %t770 = fadd reassoc nsz contract float %t769, %t768
  store float %t770, ptr %acc227
  %t771 = fmul contract float %t35, %t755
  %t772 = load float, ptr %acc228
  %t773 = fadd reassoc nsz contract float %t772, %t771
  store float %t773, ptr %acc228
  %t774 = fmul contract float %t41, %t755
  %t775 = load float, ptr %acc229
  %t776 = fadd reassoc nsz contract float %t775, %t774
  store float %t776, ptr %acc229
  %t777 = fmul contract float %t47, %t755
  %t778 = load float, ptr %acc230
  %t779 = fadd reassoc nsz contract float %t778, %t777
  store float %t779, ptr %acc230
  %t780 = add i64 %t3, 28
  %t781 = getelementptr inbounds float, ptr %data2, i64 %t780
  %t782 = load float, ptr %t781
  %t783 = fmul contract float %t2, %t782
  %t784 = load float, ptr %acc231
  %t785 = fadd reassoc nsz contract float %t784, %t783
  store float %t785, ptr %acc231
  %t786 = fmul contract float %t11, %t782
  %t787 = load float, ptr %acc232
  %t788 = fadd reassoc nsz contract float %t787, %t786
  store float %t788, ptr %acc232
  %t789 = fmul contract float %t17, %t782
  %t790 = load float, ptr %acc233
  %t791 = fadd reassoc nsz contract float %t790, %t789
  store float %t791, ptr %acc233
  %t792 = fmul contract float %t23, %t782
  %t793 = load float, ptr %acc234
  %t794 = fadd reassoc nsz contract float %t793, %t792
  store float %t794, ptr %acc234
  %t795 = fmul contract float %t29, %t782
  %t796 = load float, ptr %acc235
  %t797 = fadd reassoc nsz contract float %t796, %t795
  store float %t797, ptr %acc235
  %t798 = fmul contract float %t35, %t782
  %t799 = load float, ptr %acc236
  %t800 = fadd reassoc nsz contract float %t799, %t798
  store float %t800, ptr %acc236
  %t801 = fmul contract float %t41, %t782
  %t802 = load float, ptr %acc237
  %t803 = fadd reassoc nsz contract float %t802, %t801
  store float %t803, ptr %acc237
  %t804 = fmul contract float %t47, %t782
  %t805 = load float, ptr %acc238
  %t806 = fadd reassoc nsz contract float %t805, %t804
  store float %t806, ptr %acc238
  %t807 = add i64 %t3, 29
  %t808 = getelementptr inbounds float, ptr %data2, i64 %t807
  %t809 = load float, ptr %t808
  %t810 = fmul contract float %t2, %t809
  %t811 = load float, ptr %acc239
  %t812 = fadd reassoc nsz contract float %t811, %t810
  store float %t812, ptr %acc239
  %t813 = fmul contract float %t11, %t809
  %t814 = load float, ptr %acc240
  %t815 = fadd reassoc nsz contract float %t814, %t813
  store float %t815, ptr %acc240
  %t816 = fmul contract float %t17, %t809
  %t817 = load float, ptr %acc241
  %t818 = fadd reassoc nsz contract float %t817, %t816
  store float %t818, ptr %acc241
  %t819 = fmul contract float %t23, %t809
  %t820 = load float, ptr %acc242
  %t821 = fadd reassoc nsz contract float %t820, %t819
  store float %t821, ptr %acc242
  %t822 = fmul contract float %t29, %t809
  %t823 = load float, ptr %acc243
  %t824 = fadd reassoc nsz contract float %t823, %t822
  store float %t824, ptr %acc243
  %t825 = fmul contract float %t35, %t809
  %t826 = load float, ptr %acc244
  %t827 = fadd reassoc nsz contract float %t826, %t825
  store float %t827, ptr %acc244
  %t828 = fmul contract float %t41, %t809
  %t829 = load float, ptr %acc245
  %t830 = fadd reassoc nsz contract float %t829, %t828
  store float %t830, ptr %acc245
  %t831 = fmul contract float %t47, %t809
  %t832 = load float, ptr %acc246
  %t833 = fadd reassoc nsz contract float %t832, %t831
  store float %t833, ptr %acc246
  %t834 = add i64 %t3, 30
  %t835 = getelementptr inbounds float, ptr %data2, i64 %t834
  %t836 = load float, ptr %t835
  %t837 = fmul contract float %t2, %t836
  %t838 = load float, ptr %acc247
  %t839 = fadd reassoc nsz contract float %t838, %t837
  store float %t839, ptr %acc247
  %t840 = fmul contract float %t11, %t836
  %t841 = load float, ptr %acc248
  %t842 = fadd reassoc nsz contract float %t841, %t840
  store float %t842, ptr %acc248
  %t843 = fmul contract float %t17, %t836
  %t844 = load float, ptr %acc249
  %t845 = fadd reassoc nsz contract float %t844, %t843
  store float %t845, ptr %acc249
  %t846 = fmul contract float %t23, %t836
  %t847 = load float, ptr %acc250
  %t848 = fadd reassoc nsz contract float %t847, %t846
  store float %t848, ptr %acc250
  %t849 = fmul contract float %t29, %t836
  %t850 = load float, ptr %acc251
  %t851 = fadd reassoc nsz contract float %t850, %t849
  store float %t851, ptr %acc251
  %t852 = fmul contract float %t35, %t836
  %t853 = load float, ptr %acc252
  %t854 = fadd reassoc nsz contract float %t853, %t852
  store float %t854, ptr %acc252
  %t855 = fmul contract float %t41, %t836
  %t856 = load float, ptr %acc253
  %t857 = fadd reassoc nsz contract float %t856, %t855
  store float %t857, ptr %acc253
  %t858 = fmul contract float %t47, %t836
  %t859 = load float, ptr %acc254
  %t860 = fadd reassoc nsz contract float %t859, %t858
  store float %t860, ptr %acc254
  %t861 = add i64 %t3, 31
  %t862 = getelementptr inbounds float, ptr %data2, i64 %t861
  %t863 = load float, ptr %t862
  %t864 = fmul contract float %t2, %t863
  %t865 = load float, ptr %acc255
  %t866 = fadd reassoc nsz contract float %t865, %t864
  store float %t866, ptr %acc255
  %t867 = fmul contract float %t11, %t863
  %t868 = load float, ptr %acc256
  %t869 = fadd reassoc nsz contract float %t868, %t867
  store float %t869, ptr %acc256
  %t870 = fmul contract float %t17, %t863
  %t871 = load float, ptr %acc257
  %t872 = fadd reassoc nsz contract float %t871, %t870
  store float %t872, ptr %acc257
  %t873 = fmul contract float %t23, %t863
  %t874 = load float, ptr %acc258
  %t875 = fadd reassoc nsz contract float %t874, %t873
  store float %t875, ptr %acc258
  %t876 = fmul contract float %t29, %t863
  %t877 = load float, ptr %acc259
  %t878 = fadd reassoc nsz contract float %t877, %t876
  store float %t878, ptr %acc259
  %t879 = fmul contract float %t35, %t863
  %t880 = load float, ptr %acc260
  %t881 = fadd reassoc nsz contract float %t880, %t879
  store float %t881, ptr %acc260
  %t882 = fmul contract float %t41, %t863
  %t883 = load float, ptr %acc261
  %t884 = fadd reassoc nsz contract float %t883, %t882
  store float %t884, ptr %acc261
  %t885 = fmul contract float %t47, %t863
  %t886 = load float, ptr %acc262
  %t887 = fadd reassoc nsz contract float %t886, %t885
  store float %t887, ptr %acc262
  br label %loop264.latch
loop264.latch:
  %r264.next = add nuw nsw i64 %r264, 1
  %r264.more = icmp slt i64 %r264.next, 16
  br i1 %r264.more, label %loop264, label %loop264.exit, !llvm.loop !1
loop264.exit:
  %t888 = getelementptr inbounds float, ptr %data0, i64 0
  %t889 = load float, ptr %acc7
  store float %t889, ptr %t888
  %t890 = getelementptr inbounds float, ptr %data0, i64 32
  %t891 = load float, ptr %acc8
  store float %t891, ptr %t890
  %t892 = getelementptr inbounds float, ptr %data0, i64 64
  %t893 = load float, ptr %acc9
  store float %t893, ptr %t892
  %t894 = getelementptr inbounds float, ptr %data0, i64 96
  %t895 = load float, ptr %acc10
  store float %t895, ptr %t894
  %t896 = getelementptr inbounds float, ptr %data0, i64 128
  %t897 = load float, ptr %acc11
  store float %t897, ptr %t896
  %t898 = getelementptr inbounds float, ptr %data0, i64 160
  %t899 = load float, ptr %acc12
  store float %t899, ptr %t898
  %t900 = getelementptr inbounds float, ptr %data0, i64 192
  %t901 = load float, ptr %acc13
  store float %t901, ptr %t900
  %t902 = getelementptr inbounds float, ptr %data0, i64 224
  %t903 = load float, ptr %acc14
  store float %t903, ptr %t902
  %t904 = getelementptr inbounds float, ptr %data0, i64 1
  %t905 = load float, ptr %acc15
  store float %t905, ptr %t904
  %t906 = getelementptr inbounds float, ptr %data0, i64 33
  %t907 = load float, ptr %acc16
  store float %t907, ptr %t906
  %t908 = getelementptr inbounds float, ptr %data0, i64 65
  %t909 = load float, ptr %acc17
  store float %t909, ptr %t908
  %t910 = getelementptr inbounds float, ptr %data0, i64 97
  %t911 = load float, ptr %acc18
  store float %t911, ptr %t910
  %t912 = getelementptr inbounds float, ptr %data0, i64 129
  %t913 = load float, ptr %acc19
  store float %t913, ptr %t912
  %t914 = getelementptr inbounds float, ptr %data0, i64 161
  %t915 = load float, ptr %acc20
  store float %t915, ptr %t914
  %t916 = getelementptr inbounds float, ptr %data0, i64 193
  %t917 = load float, ptr %acc21
  store float %t917, ptr %t916
  %t918 = getelementptr inbounds float, ptr %data0, i64 225
  %t919 = load float, ptr %acc22
  store float %t919, ptr %t918
  %t920 = getelementptr inbounds float, ptr %data0, i64 2
  %t921 = load float, ptr %acc23
  store float %t921, ptr %t920
  %t922 = getelementptr inbounds float, ptr %data0, i64 34
  %t923 = load float, ptr %acc24
  store float %t923, ptr %t922
  %t924 = getelementptr inbounds float, ptr %data0, i64 66
  %t925 = load float, ptr %acc25
  store float %t925, ptr %t924
  %t926 = getelementptr inbounds float, ptr %data0, i64 98
  %t927 = load float, ptr %acc26
  store float %t927, ptr %t926
  %t928 = getelementptr inbounds float, ptr %data0, i64 130
  %t929 = load float, ptr %acc27
  store float %t929, ptr %t928
  %t930 = getelementptr inbounds float, ptr %data0, i64 162
  %t931 = load float, ptr %acc28
  store float %t931, ptr %t930
  %t932 = getelementptr inbounds float, ptr %data0, i64 194
  %t933 = load float, ptr %acc29
  store float %t933, ptr %t932
  %t934 = getelementptr inbounds float, ptr %data0, i64 226
  %t935 = load float, ptr %acc30
  store float %t935, ptr %t934
  %t936 = getelementptr inbounds float, ptr %data0, i64 3
  %t937 = load float, ptr %acc31
  store float %t937, ptr %t936
  %t938 = getelementptr inbounds float, ptr %data0, i64 35
  %t939 = load float, ptr %acc32
  store float %t939, ptr %t938
  %t940 = getelementptr inbounds float, ptr %data0, i64 67
  %t941 = load float, ptr %acc33
  store float %t941, ptr %t940
  %t942 = getelementptr inbounds float, ptr %data0, i64 99
  %t943 = load float, ptr %acc34
  store float %t943, ptr %t942
  %t944 = getelementptr inbounds float, ptr %data0, i64 131
  %t945 = load float, ptr %acc35
  store float %t945, ptr %t944
  %t946 = getelementptr inbounds float, ptr %data0, i64 163
  %t947 = load float, ptr %acc36
  store float %t947, ptr %t946
  %t948 = getelementptr inbounds float, ptr %data0, i64 195
  %t949 = load float, ptr %acc37
  store float %t949, ptr %t948
  %t950 = getelementptr inbounds float, ptr %data0, i64 227
  %t951 = load float, ptr %acc38
  store float %t951, ptr %t950
  %t952 = getelementptr inbounds float, ptr %data0, i64 4
  %t953 = load float, ptr %acc39
  store float %t953, ptr %t952
  %t954 = getelementptr inbounds float, ptr %data0, i64 36
  %t955 = load float, ptr %acc40
  store float %t955, ptr %t954
  %t956 = getelementptr inbounds float, ptr %data0, i64 68
  %t957 = load float, ptr %acc41
  store float %t957, ptr %t956
  %t958 = getelementptr inbounds float, ptr %data0, i64 100
  %t959 = load float, ptr %acc42
  store float %t959, ptr %t958
  %t960 = getelementptr inbounds float, ptr %data0, i64 132
  %t961 = load float, ptr %acc43
  store float %t961, ptr %t960
  %t962 = getelementptr inbounds float, ptr %data0, i64 164
  %t963 = load float, ptr %acc44
  store float %t963, ptr %t962
  %t964 = getelementptr inbounds float, ptr %data0, i64 196
  %t965 = load float, ptr %acc45
  store float %t965, ptr %t964
  %t966 = getelementptr inbounds float, ptr %data0, i64 228
  %t967 = load float, ptr %acc46
  store float %t967, ptr %t966
  %t968 = getelementptr inbounds float, ptr %data0, i64 5
  %t969 = load float, ptr %acc47
  store float %t969, ptr %t968
  %t970 = getelementptr inbounds float, ptr %data0, i64 37
  %t971 = load float, ptr %acc48
  store float %t971, ptr %t970
  %t972 = getelementptr inbounds float, ptr %data0, i64 69
  %t973 = load float, ptr %acc49
  store float %t973, ptr %t972
  %t974 = getelementptr inbounds float, ptr %data0, i64 101
  %t975 = load float, ptr %acc50
  store float %t975, ptr %t974
  %t976 = getelementptr inbounds float, ptr %data0, i64 133
  %t977 = load float, ptr %acc51
  store float %t977, ptr %t976
  %t978 = getelementptr inbounds float, ptr %data0, i64 165
  %t979 = load float, ptr %acc52
  store float %t979, ptr %t978
  %t980 = getelementptr inbounds float, ptr %data0, i64 197
  %t981 = load float, ptr %acc53
  store float %t981, ptr %t980
  %t982 = getelementptr inbounds float, ptr %data0, i64 229
  %t983 = load float, ptr %acc54
  store float %t983, ptr %t982
  %t984 = getelementptr inbounds float, ptr %data0, i64 6
  %t985 = load float, ptr %acc55
  store float %t985, ptr %t984
  %t986 = getelementptr inbounds float, ptr %data0, i64 38
  %t987 = load float, ptr %acc56
  store float %t987, ptr %t986
  %t988 = getelementptr inbounds float, ptr %data0, i64 70
  %t989 = load float, ptr %acc57
  store float %t989, ptr %t988
  %t990 = getelementptr inbounds float, ptr %data0, i64 102
  %t991 = load float, ptr %acc58
  store float %t991, ptr %t990
  %t992 = getelementptr inbounds float, ptr %data0, i64 134
  %t993 = load float, ptr %acc59
  store float %t993, ptr %t992
  %t994 = getelementptr inbounds float, ptr %data0, i64 166
  %t995 = load float, ptr %acc60
  store float %t995, ptr %t994
  %t996 = getelementptr inbounds float, ptr %data0, i64 198
  %t997 = load float, ptr %acc61
  store float %t997, ptr %t996
  %t998 = getelementptr inbounds float, ptr %data0, i64 230
  %t999 = load float, ptr %acc62
  store float %t999, ptr %t998
  %t1000 = getelementptr inbounds float, ptr %data0, i64 7
  %t1001 = load float, ptr %acc63
  store float %t1001, ptr %t1000
  %t1002 = getelementptr inbounds float, ptr %data0, i64 39
  %t1003 = load float, ptr %acc64
  store float %t1003, ptr %t1002
  %t1004 = getelementptr inbounds float, ptr %data0, i64 71
  %t1005 = load float, ptr %acc65
  store float %t1005, ptr %t1004
  %t1006 = getelementptr inbounds float, ptr %data0, i64 103
  %t1007 = load float, ptr %acc66
  store float %t1007, ptr %t1006
  %t1008 = getelementptr inbounds float, ptr %data0, i64 135
  %t1009 = load float, ptr %acc67
  store float %t1009, ptr %t1008
  %t1010 = getelementptr inbounds float, ptr %data0, i64 167
  %t1011 = load float, ptr %acc68
  store float %t1011, ptr %t1010
  %t1012 = getelementptr inbounds float, ptr %data0, i64 199
  %t1013 = load float, ptr %acc69
  store float %t1013, ptr %t1012
  %t1014 = getelementptr inbounds float, ptr %data0, i64 231
  %t1015 = load float, ptr %acc70
  store float %t1015, ptr %t1014
  %t1016 = getelementptr inbounds float, ptr %data0, i64 8
  %t1017 = load float, ptr %acc71
  store float %t1017, ptr %t1016
  %t1018 = getelementptr inbounds float, ptr %data0, i64 40
  %t1019 = load float, ptr %acc72
  store float %t1019, ptr %t1018
  %t1020 = getelementptr inbounds float, ptr %data0, i64 72
  %t1021 = load float, ptr %acc73
  store float %t1021, ptr %t1020
  %t1022 = getelementptr inbounds float, ptr %data0, i64 104
  %t1023 = load float, ptr %acc74
  store float %t1023, ptr %t1022
  %t1024 = getelementptr inbounds float, ptr %data0, i64 136
  %t1025 = load float, ptr %acc75
  store float %t1025, ptr %t1024
  %t1026 = getelementptr inbounds float, ptr %data0, i64 168
  %t1027 = load float, ptr %acc76
  store float %t1027, ptr %t1026
  %t1028 = getelementptr inbounds float, ptr %data0, i64 200
  %t1029 = load float, ptr %acc77
  store float %t1029, ptr %t1028
  %t1030 = getelementptr inbounds float, ptr %data0, i64 232
  %t1031 = load float, ptr %acc78
  store float %t1031, ptr %t1030
  %t1032 = getelementptr inbounds float, ptr %data0, i64 9
  %t1033 = load float, ptr %acc79
  store float %t1033, ptr %t1032
  %t1034 = getelementptr inbounds float, ptr %data0, i64 41
  %t1035 = load float, ptr %acc80
  store float %t1035, ptr %t1034
  %t1036 = getelementptr inbounds float, ptr %data0, i64 73
  %t1037 = load float, ptr %acc81
  store float %t1037, ptr %t1036
  %t1038 = getelementptr inbounds float, ptr %data0, i64 105
  %t1039 = load float, ptr %acc82
  store float %t1039, ptr %t1038
  %t1040 = getelementptr inbounds float, ptr %data0, i64 137
  %t1041 = load float, ptr %acc83
  store float %t1041, ptr %t1040
  %t1042 = getelementptr inbounds float, ptr %data0, i64 169
  %t1043 = load float, ptr %acc84
  store float %t1043, ptr %t1042
  %t1044 = getelementptr inbounds float, ptr %data0, i64 201
  %t1045 = load float, ptr %acc85
  store float %t1045, ptr %t1044
  %t1046 = getelementptr inbounds float, ptr %data0, i64 233
  %t1047 = load float, ptr %acc86
  store float %t1047, ptr %t1046
  %t1048 = getelementptr inbounds float, ptr %data0, i64 10
  %t1049 = load float, ptr %acc87
  store float %t1049, ptr %t1048
  %t1050 = getelementptr inbounds float, ptr %data0, i64 42
  %t1051 = load float, ptr %acc88
  store float %t1051, ptr %t1050
  %t1052 = getelementptr inbounds float, ptr %data0, i64 74
  %t1053 = load float, ptr %acc89
  store float %t1053, ptr %t1052
  %t1054 = getelementptr inbounds float, ptr %data0, i64 106
  %t1055 = load float, ptr %acc90
  store float %t1055, ptr %t1054
  %t1056 = getelementptr inbounds float, ptr %data0, i64 138
  %t1057 = load float, ptr %acc91
  store float %t1057, ptr %t1056
  %t1058 = getelementptr inbounds float, ptr %data0, i64 170
  %t1059 = load float, ptr %acc92
  store float %t1059, ptr %t1058
  %t1060 = getelementptr inbounds float, ptr %data0, i64 202
  %t1061 = load float, ptr %acc93
  store float %t1061, ptr %t1060
  %t1062 = getelementptr inbounds float, ptr %data0, i64 234
  %t1063 = load float, ptr %acc94
  store float %t1063, ptr %t1062
  %t1064 = getelementptr inbounds float, ptr %data0, i64 11
  %t1065 = load float, ptr %acc95
  store float %t1065, ptr %t1064
  %t1066 = getelementptr inbounds float, ptr %data0, i64 43
  %t1067 = load float, ptr %acc96
  store float %t1067, ptr %t1066
  %t1068 = getelementptr inbounds float, ptr %data0, i64 75
  %t1069 = load float, ptr %acc97
  store float %t1069, ptr %t1068
  %t1070 = getelementptr inbounds float, ptr %data0, i64 107
  %t1071 = load float, ptr %acc98
  store float %t1071, ptr %t1070
  %t1072 = getelementptr inbounds float, ptr %data0, i64 139
  %t1073 = load float, ptr %acc99
  store float %t1073, ptr %t1072
  %t1074 = getelementptr inbounds float, ptr %data0, i64 171
  %t1075 = load float, ptr %acc100
  store float %t1075, ptr %t1074
  %t1076 = getelementptr inbounds float, ptr %data0, i64 203
  %t1077 = load float, ptr %acc101
  store float %t1077, ptr %t1076
  %t1078 = getelementptr inbounds float, ptr %data0, i64 235
  %t1079 = load float, ptr %acc102
  store float %t1079, ptr %t1078
  %t1080 = getelementptr inbounds float, ptr %data0, i64 12
  %t1081 = load float, ptr %acc103
  store float %t1081, ptr %t1080
  %t1082 = getelementptr inbounds float, ptr %data0, i64 44
  %t1083 = load float, ptr %acc104
  store float %t1083, ptr %t1082
  %t1084 = getelementptr inbounds float, ptr %data0, i64 76
  %t1085 = load float, ptr %acc105
  store float %t1085, ptr %t1084
  %t1086 = getelementptr inbounds float, ptr %data0, i64 108
  %t1087 = load float, ptr %acc106
  store float %t1087, ptr %t1086
  %t1088 = getelementptr inbounds float, ptr %data0, i64 140
  %t1089 = load float, ptr %acc107
  store float %t1089, ptr %t1088
  %t1090 = getelementptr inbounds float, ptr %data0, i64 172
  %t1091 = load float, ptr %acc108
  store float %t1091, ptr %t1090
  %t1092 = getelementptr inbounds float, ptr %data0, i64 204
  %t1093 = load float, ptr %acc109
  store float %t1093, ptr %t1092
  %t1094 = getelementptr inbounds float, ptr %data0, i64 236
  %t1095 = load float, ptr %acc110
  store float %t1095, ptr %t1094
  %t1096 = getelementptr inbounds float, ptr %data0, i64 13
  %t1097 = load float, ptr %acc111
  store float %t1097, ptr %t1096
  %t1098 = getelementptr inbounds float, ptr %data0, i64 45
  %t1099 = load float, ptr %acc112
  store float %t1099, ptr %t1098
  %t1100 = getelementptr inbounds float, ptr %data0, i64 77
  %t1101 = load float, ptr %acc113
  store float %t1101, ptr %t1100
  %t1102 = getelementptr inbounds float, ptr %data0, i64 109
  %t1103 = load float, ptr %acc114
  store float %t1103, ptr %t1102
  %t1104 = getelementptr inbounds float, ptr %data0, i64 141
  %t1105 = load float, ptr %acc115
  store float %t1105, ptr %t1104
  %t1106 = getelementptr inbounds float, ptr %data0, i64 173
  %t1107 = load float, ptr %acc116
  store float %t1107, ptr %t1106
  %t1108 = getelementptr inbounds float, ptr %data0, i64 205
  %t1109 = load float, ptr %acc117
  store float %t1109, ptr %t1108
  %t1110 = getelementptr inbounds float, ptr %data0, i64 237
  %t1111 = load float, ptr %acc118
  store float %t1111, ptr %t1110
  %t1112 = getelementptr inbounds float, ptr %data0, i64 14
  %t1113 = load float, ptr %acc119
  store float %t1113, ptr %t1112
  %t1114 = getelementptr inbounds float, ptr %data0, i64 46
  %t1115 = load float, ptr %acc120
  store float %t1115, ptr %t1114
  %t1116 = getelementptr inbounds float, ptr %data0, i64 78
  %t1117 = load float, ptr %acc121
  store float %t1117, ptr %t1116
  %t1118 = getelementptr inbounds float, ptr %data0, i64 110
  %t1119 = load float, ptr %acc122
  store float %t1119, ptr %t1118
  %t1120 = getelementptr inbounds float, ptr %data0, i64 142
  %t1121 = load float, ptr %acc123
  store float %t1121, ptr %t1120
  %t1122 = getelementptr inbounds float, ptr %data0, i64 174
  %t1123 = load float, ptr %acc124
  store float %t1123, ptr %t1122
  %t1124 = getelementptr inbounds float, ptr %data0, i64 206
  %t1125 = load float, ptr %acc125
  store float %t1125, ptr %t1124
  %t1126 = getelementptr inbounds float, ptr %data0, i64 238
  %t1127 = load float, ptr %acc126
  store float %t1127, ptr %t1126
  %t1128 = getelementptr inbounds float, ptr %data0, i64 15
  %t1129 = load float, ptr %acc127
  store float %t1129, ptr %t1128
  %t1130 = getelementptr inbounds float, ptr %data0, i64 47
  %t1131 = load float, ptr %acc128
  store float %t1131, ptr %t1130
  %t1132 = getelementptr inbounds float, ptr %data0, i64 79
  %t1133 = load float, ptr %acc129
  store float %t1133, ptr %t1132
  %t1134 = getelementptr inbounds float, ptr %data0, i64 111
  %t1135 = load float, ptr %acc130
  store float %t1135, ptr %t1134
  %t1136 = getelementptr inbounds float, ptr %data0, i64 143
  %t1137 = load float, ptr %acc131
  store float %t1137, ptr %t1136
  %t1138 = getelementptr inbounds float, ptr %data0, i64 175
  %t1139 = load float, ptr %acc132
  store float %t1139, ptr %t1138
  %t1140 = getelementptr inbounds float, ptr %data0, i64 207
  %t1141 = load float, ptr %acc133
  store float %t1141, ptr %t1140
  %t1142 = getelementptr inbounds float, ptr %data0, i64 239
  %t1143 = load float, ptr %acc134
  store float %t1143, ptr %t1142
  %t1144 = getelementptr inbounds float, ptr %data0, i64 16
  %t1145 = load float, ptr %acc135
  store float %t1145, ptr %t1144
  %t1146 = getelementptr inbounds float, ptr %data0, i64 48
  %t1147 = load float, ptr %acc136
  store float %t1147, ptr %t1146
  %t1148 = getelementptr inbounds float, ptr %data0, i64 80
  %t1149 = load float, ptr %acc137
  store float %t1149, ptr %t1148
  %t1150 = getelementptr inbounds float, ptr %data0, i64 112
  %t1151 = load float, ptr %acc138
  store float %t1151, ptr %t1150
  %t1152 = getelementptr inbounds float, ptr %data0, i64 144
  %t1153 = load float, ptr %acc139
  store float %t1153, ptr %t1152
  %t1154 = getelementptr inbounds float, ptr %data0, i64 176
  %t1155 = load float, ptr %acc140
  store float %t1155, ptr %t1154
  %t1156 = getelementptr inbounds float, ptr %data0, i64 208
  %t1157 = load float, ptr %acc141
  store float %t1157, ptr %t1156
  %t1158 = getelementptr inbounds float, ptr %data0, i64 240
  %t1159 = load float, ptr %acc142
  store float %t1159, ptr %t1158
  %t1160 = getelementptr inbounds float, ptr %data0, i64 17
  %t1161 = load float, ptr %acc143
  store float %t1161, ptr %t1160
  %t1162 = getelementptr inbounds float, ptr %data0, i64 49
  %t1163 = load float, ptr %acc144
  store float %t1163, ptr %t1162
  %t1164 = getelementptr inbounds float, ptr %data0, i64 81
  %t1165 = load float, ptr %acc145
  store float %t1165, ptr %t1164
  %t1166 = getelementptr inbounds float, ptr %data0, i64 113
  %t1167 = load float, ptr %acc146
  store float %t1167, ptr %t1166
  %t1168 = getelementptr inbounds float, ptr %data0, i64 145
  %t1169 = load float, ptr %acc147
  store float %t1169, ptr %t1168
  %t1170 = getelementptr inbounds float, ptr %data0, i64 177
  %t1171 = load float, ptr %acc148
  store float %t1171, ptr %t1170
  %t1172 = getelementptr inbounds float, ptr %data0, i64 209
  %t1173 = load float, ptr %acc149
  store float %t1173, ptr %t1172
  %t1174 = getelementptr inbounds float, ptr %data0, i64 241
  %t1175 = load float, ptr %acc150
  store float %t1175, ptr %t1174
  %t1176 = getelementptr inbounds float, ptr %data0, i64 18
  %t1177 = load float, ptr %acc151
  store float %t1177, ptr %t1176
  %t1178 = getelementptr inbounds float, ptr %data0, i64 50
  %t1179 = load float, ptr %acc152
  store float %t1179, ptr %t1178
  %t1180 = getelementptr inbounds float, ptr %data0, i64 82
  %t1181 = load float, ptr %acc153
  store float %t1181, ptr %t1180
  %t1182 = getelementptr inbounds float, ptr %data0, i64 114
  %t1183 = load float, ptr %acc154
  store float %t1183, ptr %t1182
  %t1184 = getelementptr inbounds float, ptr %data0, i64 146
  %t1185 = load float, ptr %acc155
  store float %t1185, ptr %t1184
  %t1186 = getelementptr inbounds float, ptr %data0, i64 178
  %t1187 = load float, ptr %acc156
  store float %t1187, ptr %t1186
  %t1188 = getelementptr inbounds float, ptr %data0, i64 210
  %t1189 = load float, ptr %acc157
  store float %t1189, ptr %t1188
  %t1190 = getelementptr inbounds float, ptr %data0, i64 242
  %t1191 = load float, ptr %acc158
  store float %t1191, ptr %t1190
  %t1192 = getelementptr inbounds float, ptr %data0, i64 19
  %t1193 = load float, ptr %acc159
  store float %t1193, ptr %t1192
  %t1194 = getelementptr inbounds float, ptr %data0, i64 51
  %t1195 = load float, ptr %acc160
  store float %t1195, ptr %t1194
  %t1196 = getelementptr inbounds float, ptr %data0, i64 83
  %t1197 = load float, ptr %acc161
  store float %t1197, ptr %t1196
  %t1198 = getelementptr inbounds float, ptr %data0, i64 115
  %t1199 = load float, ptr %acc162
  store float %t1199, ptr %t1198
  %t1200 = getelementptr inbounds float, ptr %data0, i64 147
  %t1201 = load float, ptr %acc163
  store float %t1201, ptr %t1200
  %t1202 = getelementptr inbounds float, ptr %data0, i64 179
  %t1203 = load float, ptr %acc164
  store float %t1203, ptr %t1202
  %t1204 = getelementptr inbounds float, ptr %data0, i64 211
  %t1205 = load float, ptr %acc165
  store float %t1205, ptr %t1204
  %t1206 = getelementptr inbounds float, ptr %data0, i64 243
  %t1207 = load float, ptr %acc166
  store float %t1207, ptr %t1206
  %t1208 = getelementptr inbounds float, ptr %data0, i64 20
  %t1209 = load float, ptr %acc167
  store float %t1209, ptr %t1208
  %t1210 = getelementptr inbounds float, ptr %data0, i64 52
  %t1211 = load float, ptr %acc168
  store float %t1211, ptr %t1210
  %t1212 = getelementptr inbounds float, ptr %data0, i64 84
  %t1213 = load float, ptr %acc169
  store float %t1213, ptr %t1212
  %t1214 = getelementptr inbounds float, ptr %data0, i64 116
  %t1215 = load float, ptr %acc170
  store float %t1215, ptr %t1214
  %t1216 = getelementptr inbounds float, ptr %data0, i64 148
  %t1217 = load float, ptr %acc171
  store float %t1217, ptr %t1216
  %t1218 = getelementptr inbounds float, ptr %data0, i64 180
  %t1219 = load float, ptr %acc172
  store float %t1219, ptr %t1218
  %t1220 = getelementptr inbounds float, ptr %data0, i64 212
  %t1221 = load float, ptr %acc173
  store float %t1221, ptr %t1220
  %t1222 = getelementptr inbounds float, ptr %data0, i64 244
  %t1223 = load float, ptr %acc174
  store float %t1223, ptr %t1222
  %t1224 = getelementptr inbounds float, ptr %data0, i64 21
  %t1225 = load float, ptr %acc175
  store float %t1225, ptr %t1224
  %t1226 = getelementptr inbounds float, ptr %data0, i64 53
  %t1227 = load float, ptr %acc176
  store float %t1227, ptr %t1226
  %t1228 = getelementptr inbounds float, ptr %data0, i64 85
  %t1229 = load float, ptr %acc177
  store float %t1229, ptr %t1228
  %t1230 = getelementptr inbounds float, ptr %data0, i64 117
  %t1231 = load float, ptr %acc178
  store float %t1231, ptr %t1230
  %t1232 = getelementptr inbounds float, ptr %data0, i64 149
  %t1233 = load float, ptr %acc179
  store float %t1233, ptr %t1232
  %t1234 = getelementptr inbounds float, ptr %data0, i64 181
  %t1235 = load float, ptr %acc180
  store float %t1235, ptr %t1234
  %t1236 = getelementptr inbounds float, ptr %data0, i64 213
  %t1237 = load float, ptr %acc181
  store float %t1237, ptr %t1236
  %t1238 = getelementptr inbounds float, ptr %data0, i64 245
  %t1239 = load float, ptr %acc182
  store float %t1239, ptr %t1238
  %t1240 = getelementptr inbounds float, ptr %data0, i64 22
  %t1241 = load float, ptr %acc183
  store float %t1241, ptr %t1240
  %t1242 = getelementptr inbounds float, ptr %data0, i64 54
  %t1243 = load float, ptr %acc184
  store float %t1243, ptr %t1242
  %t1244 = getelementptr inbounds float, ptr %data0, i64 86
  %t1245 = load float, ptr %acc185
  store float %t1245, ptr %t1244
  %t1246 = getelementptr inbounds float, ptr %data0, i64 118
  %t1247 = load float, ptr %acc186
  store float %t1247, ptr %t1246
  %t1248 = getelementptr inbounds float, ptr %data0, i64 150
  %t1249 = load float, ptr %acc187
  store float %t1249, ptr %t1248
  %t1250 = getelementptr inbounds float, ptr %data0, i64 182
  %t1251 = load float, ptr %acc188
  store float %t1251, ptr %t1250
  %t1252 = getelementptr inbounds float, ptr %data0, i64 214
  %t1253 = load float, ptr %acc189
  store float %t1253, ptr %t1252
  %t1254 = getelementptr inbounds float, ptr %data0, i64 246
  %t1255 = load float, ptr %acc190
  store float %t1255, ptr %t1254
  %t1256 = getelementptr inbounds float, ptr %data0, i64 23
  %t1257 = load float, ptr %acc191
  store float %t1257, ptr %t1256
  %t1258 = getelementptr inbounds float, ptr %data0, i64 55
  %t1259 = load float, ptr %acc192
  store float %t1259, ptr %t1258
  %t1260 = getelementptr inbounds float, ptr %data0, i64 87
  %t1261 = load float, ptr %acc193
  store float %t1261, ptr %t1260
  %t1262 = getelementptr inbounds float, ptr %data0, i64 119
  %t1263 = load float, ptr %acc194
  store float %t1263, ptr %t1262
  %t1264 = getelementptr inbounds float, ptr %data0, i64 151
  %t1265 = load float, ptr %acc195
  store float %t1265, ptr %t1264
  %t1266 = getelementptr inbounds float, ptr %data0, i64 183
  %t1267 = load float, ptr %acc196
  store float %t1267, ptr %t1266
  %t1268 = getelementptr inbounds float, ptr %data0, i64 215
  %t1269 = load float, ptr %acc197
  store float %t1269, ptr %t1268
  %t1270 = getelementptr inbounds float, ptr %data0, i64 247
  %t1271 = load float, ptr %acc198
  store float %t1271, ptr %t1270
  %t1272 = getelementptr inbounds float, ptr %data0, i64 24
  %t1273 = load float, ptr %acc199
  store float %t1273, ptr %t1272
  %t1274 = getelementptr inbounds float, ptr %data0, i64 56
  %t1275 = load float, ptr %acc200
  store float %t1275, ptr %t1274
  %t1276 = getelementptr inbounds float, ptr %data0, i64 88
  %t1277 = load float, ptr %acc201
  store float %t1277, ptr %t1276
  %t1278 = getelementptr inbounds float, ptr %data0, i64 120
  %t1279 = load float, ptr %acc202
  store float %t1279, ptr %t1278
  %t1280 = getelementptr inbounds float, ptr %data0, i64 152
  %t1281 = load float, ptr %acc203
  store float %t1281, ptr %t1280
  %t1282 = getelementptr inbounds float, ptr %data0, i64 184
  %t1283 = load float, ptr %acc204
  store float %t1283, ptr %t1282
  %t1284 = getelementptr inbounds float, ptr %data0, i64 216
  %t1285 = load float, ptr %acc205
  store float %t1285, ptr %t1284
  %t1286 = getelementptr inbounds float, ptr %data0, i64 248
  %t1287 = load float, ptr %acc206
  store float %t1287, ptr %t1286
  %t1288 = getelementptr inbounds float, ptr %data0, i64 25
  %t1289 = load float, ptr %acc207
  store float %t1289, ptr %t1288
  %t1290 = getelementptr inbounds float, ptr %data0, i64 57
  %t1291 = load float, ptr %acc208
  store float %t1291, ptr %t1290
  %t1292 = getelementptr inbounds float, ptr %data0, i64 89
  %t1293 = load float, ptr %acc209
  store float %t1293, ptr %t1292
  %t1294 = getelementptr inbounds float, ptr %data0, i64 121
  %t1295 = load float, ptr %acc210
  store float %t1295, ptr %t1294
  %t1296 = getelementptr inbounds float, ptr %data0, i64 153
  %t1297 = load float, ptr %acc211
  store float %t1297, ptr %t1296
  %t1298 = getelementptr inbounds float, ptr %data0, i64 185
  %t1299 = load float, ptr %acc212
  store float %t1299, ptr %t1298
  %t1300 = getelementptr inbounds float, ptr %data0, i64 217
  %t1301 = load float, ptr %acc213
  store float %t1301, ptr %t1300
  %t1302 = getelementptr inbounds float, ptr %data0, i64 249
  %t1303 = load float, ptr %acc214
  store float %t1303, ptr %t1302
  %t1304 = getelementptr inbounds float, ptr %data0, i64 26
  %t1305 = load float, ptr %acc215
  store float %t1305, ptr %t1304
  %t1306 = getelementptr inbounds float, ptr %data0, i64 58
  %t1307 = load float, ptr %acc216
  store float %t1307, ptr %t1306
  %t1308 = getelementptr inbounds float, ptr %data0, i64 90
  %t1309 = load float, ptr %acc217
  store float %t1309, ptr %t1308
  %t1310 = getelementptr inbounds float, ptr %data0, i64 122
  %t1311 = load float, ptr %acc218
  store float %t1311, ptr %t1310
  %t1312 = getelementptr inbounds float, ptr %data0, i64 154
  %t1313 = load float, ptr %acc219
  store float %t1313, ptr %t1312
  %t1314 = getelementptr inbounds float, ptr %data0, i64 186
  %t1315 = load float, ptr %acc220
  store float %t1315, ptr %t1314
  %t1316 = getelementptr inbounds float, ptr %data0, i64 218
  %t1317 = load float, ptr %acc221
  store float %t1317, ptr %t1316
  %t1318 = getelementptr inbounds float, ptr %data0, i64 250
  %t1319 = load float, ptr %acc222
  store float %t1319, ptr %t1318
  %t1320 = getelementptr inbounds float, ptr %data0, i64 27
  %t1321 = load float, ptr %acc223
  store float %t1321, ptr %t1320
  %t1322 = getelementptr inbounds float, ptr %data0, i64 59
  %t1323 = load float, ptr %acc224
  store float %t1323, ptr %t1322
  %t1324 = getelementptr inbounds float, ptr %data0, i64 91
  %t1325 = load float, ptr %acc225
  store float %t1325, ptr %t1324
  %t1326 = getelementptr inbounds float, ptr %data0, i64 123
  %t1327 = load float, ptr %acc226
  store float %t1327, ptr %t1326
  %t1328 = getelementptr inbounds float, ptr %data0, i64 155
  %t1329 = load float, ptr %acc227
  store float %t1329, ptr %t1328
  %t1330 = getelementptr inbounds float, ptr %data0, i64 187
  %t1331 = load float, ptr %acc228
  store float %t1331, ptr %t1330
  %t1332 = getelementptr inbounds float, ptr %data0, i64 219
  %t1333 = load float, ptr %acc229
  store float %t1333, ptr %t1332
  %t1334 = getelementptr inbounds float, ptr %data0, i64 251
  %t1335 = load float, ptr %acc230
  store float %t1335, ptr %t1334
  %t1336 = getelementptr inbounds float, ptr %data0, i64 28
  %t1337 = load float, ptr %acc231
  store float %t1337, ptr %t1336
  %t1338 = getelementptr inbounds float, ptr %data0, i64 60
  %t1339 = load float, ptr %acc232
  store float %t1339, ptr %t1338
  %t1340 = getelementptr inbounds float, ptr %data0, i64 92
  %t1341 = load float, ptr %acc233
  store float %t1341, ptr %t1340
  %t1342 = getelementptr inbounds float, ptr %data0, i64 124
  %t1343 = load float, ptr %acc234
  store float %t1343, ptr %t1342
  %t1344 = getelementptr inbounds float, ptr %data0, i64 156
  %t1345 = load float, ptr %acc235
  store float %t1345, ptr %t1344
  %t1346 = getelementptr inbounds float, ptr %data0, i64 188
  %t1347 = load float, ptr %acc236
  store float %t1347, ptr %t1346
  %t1348 = getelementptr inbounds float, ptr %data0, i64 220
  %t1349 = load float, ptr %acc237
  store float %t1349, ptr %t1348
  %t1350 = getelementptr inbounds float, ptr %data0, i64 252
  %t1351 = load float, ptr %acc238
  store float %t1351, ptr %t1350
  %t1352 = getelementptr inbounds float, ptr %data0, i64 29
  %t1353 = load float, ptr %acc239
  store float %t1353, ptr %t1352
  %t1354 = getelementptr inbounds float, ptr %data0, i64 61
  %t1355 = load float, ptr %acc240
  store float %t1355, ptr %t1354
  %t1356 = getelementptr inbounds float, ptr %data0, i64 93
  %t1357 = load float, ptr %acc241
  store float %t1357, ptr %t1356
  %t1358 = getelementptr inbounds float, ptr %data0, i64 125
  %t1359 = load float, ptr %acc242
  store float %t1359, ptr %t1358
  %t1360 = getelementptr inbounds float, ptr %data0, i64 157
  %t1361 = load float, ptr %acc243
  store float %t1361, ptr %t1360
  %t1362 = getelementptr inbounds float, ptr %data0, i64 189
  %t1363 = load float, ptr %acc244
  store float %t1363, ptr %t1362
  %t1364 = getelementptr inbounds float, ptr %data0, i64 221
  %t1365 = load float, ptr %acc245
  store float %t1365, ptr %t1364
  %t1366 = getelementptr inbounds float, ptr %data0, i64 253
  %t1367 = load float, ptr %acc246
  store float %t1367, ptr %t1366
  %t1368 = getelementptr inbounds float, ptr %data0, i64 30
  %t1369 = load float, ptr %acc247
  store float %t1369, ptr %t1368
  %t1370 = getelementptr inbounds float, ptr %data0, i64 62
  %t1371 = load float, ptr %acc248
  store float %t1371, ptr %t1370
  %t1372 = getelementptr inbounds float, ptr %data0, i64 94
  %t1373 = load float, ptr %acc249
  store float %t1373, ptr %t1372
  %t1374 = getelementptr inbounds float, ptr %data0, i64 126
  %t1375 = load float, ptr %acc250
  store float %t1375, ptr %t1374
  %t1376 = getelementptr inbounds float, ptr %data0, i64 158
  %t1377 = load float, ptr %acc251
  store float %t1377, ptr %t1376
  %t1378 = getelementptr inbounds float, ptr %data0, i64 190
  %t1379 = load float, ptr %acc252
  store float %t1379, ptr %t1378
  %t1380 = getelementptr inbounds float, ptr %data0, i64 222
  %t1381 = load float, ptr %acc253
  store float %t1381, ptr %t1380
  %t1382 = getelementptr inbounds float, ptr %data0, i64 254
  %t1383 = load float, ptr %acc254
  store float %t1383, ptr %t1382
  %t1384 = getelementptr inbounds float, ptr %data0, i64 31
  %t1385 = load float, ptr %acc255
  store float %t1385, ptr %t1384
  %t1386 = getelementptr inbounds float, ptr %data0, i64 63
  %t1387 = load float, ptr %acc256
  store float %t1387, ptr %t1386
  %t1388 = getelementptr inbounds float, ptr %data0, i64 95
  %t1389 = load float, ptr %acc257
  store float %t1389, ptr %t1388
  %t1390 = getelementptr inbounds float, ptr %data0, i64 127
  %t1391 = load float, ptr %acc258
  store float %t1391, ptr %t1390
  %t1392 = getelementptr inbounds float, ptr %data0, i64 159
  %t1393 = load float, ptr %acc259
  store float %t1393, ptr %t1392
  %t1394 = getelementptr inbounds float, ptr %data0, i64 191
  %t1395 = load float, ptr %acc260
  store float %t1395, ptr %t1394
  %t1396 = getelementptr inbounds float, ptr %data0, i64 223
  %t1397 = load float, ptr %acc261
  store float %t1397, ptr %t1396
  %t1398 = getelementptr inbounds float, ptr %data0, i64 255
  %t1399 = load float, ptr %acc262
  store float %t1399, ptr %t1398
  br label %loop6.latch
loop6.latch:
  %r6.next = add nuw nsw i64 %r6, 1
  %r6.more = icmp slt i64 %r6.next, 1
  br i1 %r6.more, label %loop6, label %loop6.exit
loop6.exit:
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
