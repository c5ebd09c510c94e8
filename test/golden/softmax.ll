define void @kernel0(ptr noalias %data0, ptr noalias %data1, i64 %start, i64 %end) nounwind {
entry:
  %acc5 = alloca float
  br label %loop4
loop4:
  %r4 = phi i64 [%start, %entry], [%r4.next, %loop4.latch]
  store float 0xFFF0000000000000, ptr %acc5
  br label %loop7
loop7:
  %r7 = phi i64 [0, %loop4], [%r7.next, %loop7.latch]
  %t1 = mul i64 %r4, 32
  %t2 = add i64 %t1, %r7
  %t3 = getelementptr inbounds float, ptr %data1, i64 %t2
  %t4 = load float, ptr %t3
  %t5 = load float, ptr %acc5
  %t6 = call float @llvm.maximum.f32(float %t5, float %t4)
  store float %t6, ptr %acc5
  br label %loop7.latch
loop7.latch:
  %r7.next = add nuw nsw i64 %r7, 1
  %r7.more = icmp slt i64 %r7.next, 32
  br i1 %r7.more, label %loop7, label %loop7.exit
loop7.exit:
  %t7 = getelementptr inbounds float, ptr %data0, i64 %r4
  %t8 = load float, ptr %acc5
  store float %t8, ptr %t7
  br label %loop4.latch
loop4.latch:
  %r4.next = add nuw nsw i64 %r4, 1
  %r4.more = icmp slt i64 %r4.next, %end
  br i1 %r4.more, label %loop4, label %loop4.exit
loop4.exit:
  ret void
}
declare float @llvm.maximum.f32(float, float)

define void @kernel1(ptr noalias %data0, ptr noalias %data1, ptr noalias %data2, i64 %start, i64 %end) nounwind {
entry:
  %acc6 = alloca float
  br label %loop5
loop5:
  %r5 = phi i64 [%start, %entry], [%r5.next, %loop5.latch]
  store float 0x0000000000000000, ptr %acc6
  br label %loop8
loop8:
  %r8 = phi i64 [0, %loop5], [%r8.next, %loop8.latch]
  %t1 = getelementptr inbounds float, ptr %data2, i64 %r5
  %t2 = load float, ptr %t1
  %t3 = mul i64 %r5, 32
  %t4 = add i64 %t3, %r8
  %t5 = getelementptr inbounds float, ptr %data1, i64 %t4
  %t6 = load float, ptr %t5
  %t7 = fsub contract float %t6, %t2
  %t8 = fmul contract float %t7, 0x3FF7154760000000
  %t9 = fcmp olt float %t8, 0xC062E00000000000
  %t10 = select i1 %t9, float 0xC062E00000000000, float %t8
  %t11 = fcmp olt float 0x4060200000000000, %t10
  %t12 = select i1 %t11, float 0x4060200000000000, float %t10
  %t13 = fneg float %t12
  %t14 = call float @llvm.maximum.f32(float %t12, float %t13)
  %t15 = fadd contract float %t14, 0x4160000000000000
  %t16 = fsub contract float %t15, 0x4160000000000000
  %t17 = fneg float %t16
  %t18 = fcmp olt float %t12, 0x0000000000000000
  %t19 = select i1 %t18, float %t17, float %t16
  %t20 = fcmp olt float %t14, 0x4160000000000000
  %t21 = fcmp olt float 0x0000000000000000, %t14
  %t22 = and i1 %t21, %t20
  %t23 = select i1 %t22, float %t19, float %t12
  %t24 = fsub contract float %t23, 0x3FF0000000000000
  %t25 = call float @llvm.maxnum.f32(float %t24, float 0xC062E00000000000)
  %t26 = call float @llvm.minnum.f32(float %t25, float 0x4060200000000000)
  %t27 = call float @llvm.rint.f32(float %t26)
  %t28 = fsub float %t26, %t27
  %t29 = fmul contract float 0x3EEFFCBFC0000000, %t28
  %t30 = fadd contract float %t29, 0x3F24309120000000
  %t31 = fmul contract float %t30, %t28
  %t32 = fadd contract float %t31, 0x3F55D87FE0000000
  %t33 = fmul contract float %t32, %t28
  %t34 = fadd contract float %t33, 0x3F83B2AB60000000
  %t35 = fmul contract float %t34, %t28
  %t36 = fadd contract float %t35, 0x3FAC6B08E0000000
  %t37 = fmul contract float %t36, %t28
  %t38 = fadd contract float %t37, 0x3FCEBFBE00000000
  %t39 = fmul contract float %t38, %t28
  %t40 = fadd contract float %t39, 0x3FE62E4300000000
  %t41 = fmul contract float %t40, %t28
  %t42 = fadd contract float %t41, 0x3FF0000000000000
  %t43 = fptosi float %t27 to i32
  %t44 = ashr i32 %t43, 1
  %t45 = sub i32 %t43, %t44
  %t46 = add i32 %t44, 127
  %t47 = shl i32 %t46, 23
  %t48 = bitcast i32 %t47 to float
  %t49 = fmul float %t42, %t48
  %t50 = add i32 %t45, 127
  %t51 = shl i32 %t50, 23
  %t52 = bitcast i32 %t51 to float
  %t53 = fmul float %t49, %t52
  %t54 = fcmp uno float %t24, 0.0
  %t55 = select i1 %t54, float %t24, float %t53
  %t56 = fmul contract float %t23, 0x3EB7F7D1C0000000
  %t57 = fmul contract float %t23, 0x3FE62E4000000000
  %t58 = fsub contract float %t7, %t57
  %t59 = fsub contract float %t58, %t56
  %t60 = fmul contract float %t59, 0x3FF7154760000000
  %t61 = call float @llvm.maxnum.f32(float %t60, float 0xC062E00000000000)
  %t62 = call float @llvm.minnum.f32(float %t61, float 0x4060200000000000)
  %t63 = call float @llvm.rint.f32(float %t62)
  %t64 = fsub float %t62, %t63
  %t65 = fmul contract float 0x3EEFFCBFC0000000, %t64
  %t66 = fadd contract float %t65, 0x3F24309120000000
  %t67 = fmul contract float %t66, %t64
  %t68 = fadd contract float %t67, 0x3F55D87FE0000000
  %t69 = fmul contract float %t68, %t64
  %t70 = fadd contract float %t69, 0x3F83B2AB60000000
  %t71 = fmul contract float %t70, %t64
  %t72 = fadd contract float %t71, 0x3FAC6B08E0000000
  %t73 = fmul contract float %t72, %t64
  %t74 = fadd contract float %t73, 0x3FCEBFBE00000000
  %t75 = fmul contract float %t74, %t64
  %t76 = fadd contract float %t75, 0x3FE62E4300000000
  %t77 = fmul contract float %t76, %t64
  %t78 = fadd contract float %t77, 0x3FF0000000000000
  %t79 = fptosi float %t63 to i32
  %t80 = ashr i32 %t79, 1
  %t81 = sub i32 %t79, %t80
  %t82 = add i32 %t80, 127
  %t83 = shl i32 %t82, 23
  %t84 = bitcast i32 %t83 to float
  %t85 = fmul float %t78, %t84
  %t86 = add i32 %t81, 127
  %t87 = shl i32 %t86, 23
  %t88 = bitcast i32 %t87 to float
  %t89 = fmul float %t85, %t88
  %t90 = fcmp uno float %t60, 0.0
  %t91 = select i1 %t90, float %t60, float %t89
  %t92 = fmul contract float %t91, 0x4000000000000000
  %t93 = fmul contract float %t92, %t55
  %t94 = load float, ptr %acc6
  %t95 = fadd reassoc nsz contract float %t94, %t93
  store float %t95, ptr %acc6
  br label %loop8.latch
loop8.latch:
  %r8.next = add nuw nsw i64 %r8, 1
  %r8.more = icmp slt i64 %r8.next, 32
  br i1 %r8.more, label %loop8, label %loop8.exit
loop8.exit:
  %t96 = getelementptr inbounds float, ptr %data0, i64 %r5
  %t97 = load float, ptr %acc6
  store float %t97, ptr %t96
  br label %loop5.latch
loop5.latch:
  %r5.next = add nuw nsw i64 %r5, 1
  %r5.more = icmp slt i64 %r5.next, %end
  br i1 %r5.more, label %loop5, label %loop5.exit
loop5.exit:
  ret void
}
declare float @llvm.maximum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minnum.f32(float, float)
declare float @llvm.rint.f32(float)

define void @kernel2(ptr noalias %data0, ptr noalias %data1, ptr noalias %data2, ptr noalias %data3, i64 %start, i64 %end) nounwind {
entry:
  br label %loop6
loop6:
  %r6 = phi i64 [%start, %entry], [%r6.next, %loop6.latch]
  br label %loop8
loop8:
  %r8 = phi i64 [0, %loop6], [%r8.next, %loop8.latch]
  %t1 = getelementptr inbounds float, ptr %data1, i64 %r6
  %t2 = load float, ptr %t1
  %t3 = getelementptr inbounds float, ptr %data3, i64 %r6
  %t4 = load float, ptr %t3
  %t5 = mul i64 %r6, 32
  %t6 = add i64 %t5, %r8
  %t7 = getelementptr inbounds float, ptr %data2, i64 %t6
  %t8 = load float, ptr %t7
  %t9 = fsub contract float %t8, %t4
  %t10 = fmul contract float %t9, 0x3FF7154760000000
  %t11 = fcmp olt float %t10, 0xC062E00000000000
  %t12 = select i1 %t11, float 0xC062E00000000000, float %t10
  %t13 = fcmp olt float 0x4060200000000000, %t12
  %t14 = select i1 %t13, float 0x4060200000000000, float %t12
  %t15 = fneg float %t14
  %t16 = call float @llvm.maximum.f32(float %t14, float %t15)
  %t17 = fadd contract float %t16, 0x4160000000000000
  %t18 = fsub contract float %t17, 0x4160000000000000
  %t19 = fneg float %t18
  %t20 = fcmp olt float %t14, 0x0000000000000000
  %t21 = select i1 %t20, float %t19, float %t18
  %t22 = fcmp olt float %t16, 0x4160000000000000
  %t23 = fcmp olt float 0x0000000000000000, %t16
  %t24 = and i1 %t23, %t22
  %t25 = select i1 %t24, float %t21, float %t14
  %t26 = fsub contract float %t25, 0x3FF0000000000000
  %t27 = call float @llvm.maxnum.f32(float %t26, float 0xC062E00000000000)
  %t28 = call float @llvm.minnum.f32(float %t27, float 0x4060200000000000)
  %t29 = call float @llvm.rint.f32(float %t28)
  %t30 = fsub float %t28, %t29
  %t31 = fmul contract float 0x3EEFFCBFC0000000, %t30
  %t32 = fadd contract float %t31, 0x3F24309120000000
  %t33 = fmul contract float %t32, %t30
  %t34 = fadd contract float %t33, 0x3F55D87FE0000000
  %t35 = fmul contract float %t34, %t30
  %t36 = fadd contract float %t35, 0x3F83B2AB60000000
  %t37 = fmul contract float %t36, %t30
  %t38 = fadd contract float %t37, 0x3FAC6B08E0000000
  %t39 = fmul contract float %t38, %t30
  %t40 = fadd contract float %t39, 0x3FCEBFBE00000000
  %t41 = fmul contract float %t40, %t30
  %t42 = fadd contract float %t41, 0x3FE62E4300000000
  %t43 = fmul contract float %t42, %t30
  %t44 = fadd contract float %t43, 0x3FF0000000000000
  %t45 = fptosi float %t29 to i32
  %t46 = ashr i32 %t45, 1
  %t47 = sub i32 %t45, %t46
  %t48 = add i32 %t46, 127
  %t49 = shl i32 %t48, 23
  %t50 = bitcast i32 %t49 to float
  %t51 = fmul float %t44, %t50
  %t52 = add i32 %t47, 127
  %t53 = shl i32 %t52, 23
  %t54 = bitcast i32 %t53 to float
  %t55 = fmul float %t51, %t54
  %t56 = fcmp uno float %t26, 0.0
  %t57 = select i1 %t56, float %t26, float %t55
  %t58 = fmul contract float %t25, 0x3EB7F7D1C0000000
  %t59 = fmul contract float %t25, 0x3FE62E4000000000
  %t60 = fsub contract float %t9, %t59
  %t61 = fsub contract float %t60, %t58
  %t62 = fmul contract float %t61, 0x3FF7154760000000
  %t63 = call float @llvm.maxnum.f32(float %t62, float 0xC062E00000000000)
  %t64 = call float @llvm.minnum.f32(float %t63, float 0x4060200000000000)
  %t65 = call float @llvm.rint.f32(float %t64)
  %t66 = fsub float %t64, %t65
  %t67 = fmul contract float 0x3EEFFCBFC0000000, %t66
  %t68 = fadd contract float %t67, 0x3F24309120000000
  %t69 = fmul contract float %t68, %t66
  %t70 = fadd contract float %t69, 0x3F55D87FE0000000
  %t71 = fmul contract float %t70, %t66
  %t72 = fadd contract float %t71, 0x3F83B2AB60000000
  %t73 = fmul contract float %t72, %t66
  %t74 = fadd contract float %t73, 0x3FAC6B08E0000000
  %t75 = fmul contract float %t74, %t66
  %t76 = fadd contract float %t75, 0x3FCEBFBE00000000
  %t77 = fmul contract float %t76, %t66
  %t78 = fadd contract float %t77, 0x3FE62E4300000000
  %t79 = fmul contract float %t78, %t66
  %t80 = fadd contract float %t79, 0x3FF0000000000000
  %t81 = fptosi float %t65 to i32
  %t82 = ashr i32 %t81, 1
  %t83 = sub i32 %t81, %t82
  %t84 = add i32 %t82, 127
  %t85 = shl i32 %t84, 23
  %t86 = bitcast i32 %t85 to float
  %t87 = fmul float %t80, %t86
  %t88 = add i32 %t83, 127
  %t89 = shl i32 %t88, 23
  %t90 = bitcast i32 %t89 to float
  %t91 = fmul float %t87, %t90
  %t92 = fcmp uno float %t62, 0.0
  %t93 = select i1 %t92, float %t62, float %t91
  %t94 = fmul contract float %t93, 0x4000000000000000
  %t95 = fmul contract float %t94, %t57
  %t96 = fdiv contract float %t95, %t2
  %t97 = getelementptr inbounds float, ptr %data0, i64 %t6
  store float %t96, ptr %t97
  br label %loop8.latch
loop8.latch:
  %r8.next = add nuw nsw i64 %r8, 1
  %r8.more = icmp slt i64 %r8.next, 32
  br i1 %r8.more, label %loop8, label %loop8.exit
loop8.exit:
  br label %loop6.latch
loop6.latch:
  %r6.next = add nuw nsw i64 %r6, 1
  %r6.more = icmp slt i64 %r6.next, %end
  br i1 %r6.more, label %loop6, label %loop6.exit
loop6.exit:
  ret void
}
declare float @llvm.maximum.f32(float, float)
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minnum.f32(float, float)
declare float @llvm.rint.f32(float)
