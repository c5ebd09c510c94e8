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
  %t1 = mul i64 %r5, 32
  %t2 = add i64 %t1, %r8
  %t3 = getelementptr inbounds float, ptr %data1, i64 %t2
  %t4 = load float, ptr %t3
  %t5 = getelementptr inbounds float, ptr %data2, i64 %r5
  %t6 = load float, ptr %t5
  %t7 = fsub contract float %t4, %t6
  %t8 = fmul contract float %t7, 0x3FF7154760000000
  %t9 = fcmp olt float %t8, 0xC062E00000000000
  %t10 = select i1 %t9, float 0xC062E00000000000, float %t8
  %t11 = fcmp olt float 0x4060200000000000, %t10
  %t12 = select i1 %t11, float 0x4060200000000000, float %t10
  %t13 = fneg float %t12
  %t14 = call float @llvm.maximum.f32(float %t12, float %t13)
  %t15 = fcmp olt float 0x0000000000000000, %t14
  %t16 = fcmp olt float %t14, 0x4160000000000000
  %t17 = and i1 %t15, %t16
  %t18 = fcmp olt float %t12, 0x0000000000000000
  %t19 = fadd contract float %t14, 0x4160000000000000
  %t20 = fsub contract float %t19, 0x4160000000000000
  %t21 = fneg float %t20
  %t22 = select i1 %t18, float %t21, float %t20
  %t23 = select i1 %t17, float %t22, float %t12
  %t24 = fmul contract float %t23, 0x3FE62E4000000000
  %t25 = fsub contract float %t7, %t24
  %t26 = fmul contract float %t23, 0x3EB7F7D1C0000000
  %t27 = fsub contract float %t25, %t26
  %t28 = fmul contract float %t27, 0x3FF7154760000000
  %t29 = call float @llvm.maxnum.f32(float %t28, float 0xC062E00000000000)
  %t30 = call float @llvm.minnum.f32(float %t29, float 0x4060200000000000)
  %t31 = call float @llvm.rint.f32(float %t30)
  %t32 = fsub float %t30, %t31
  %t33 = fmul contract float 0x3EEFFCBFC0000000, %t32
  %t34 = fadd contract float %t33, 0x3F24309120000000
  %t35 = fmul contract float %t34, %t32
  %t36 = fadd contract float %t35, 0x3F55D87FE0000000
  %t37 = fmul contract float %t36, %t32
  %t38 = fadd contract float %t37, 0x3F83B2AB60000000
  %t39 = fmul contract float %t38, %t32
  %t40 = fadd contract float %t39, 0x3FAC6B08E0000000
  %t41 = fmul contract float %t40, %t32
  %t42 = fadd contract float %t41, 0x3FCEBFBE00000000
  %t43 = fmul contract float %t42, %t32
  %t44 = fadd contract float %t43, 0x3FE62E4300000000
  %t45 = fmul contract float %t44, %t32
  %t46 = fadd contract float %t45, 0x3FF0000000000000
  %t47 = fptosi float %t31 to i32
  %t48 = ashr i32 %t47, 1
  %t49 = sub i32 %t47, %t48
  %t50 = add i32 %t48, 127
  %t51 = shl i32 %t50, 23
  %t52 = bitcast i32 %t51 to float
  %t53 = fmul float %t46, %t52
  %t54 = add i32 %t49, 127
  %t55 = shl i32 %t54, 23
  %t56 = bitcast i32 %t55 to float
  %t57 = fmul float %t53, %t56
  %t58 = fcmp uno float %t28, 0.0
  %t59 = select i1 %t58, float %t28, float %t57
  %t60 = fmul contract float %t59, 0x4000000000000000
  %t61 = fsub contract float %t23, 0x3FF0000000000000
  %t62 = call float @llvm.maxnum.f32(float %t61, float 0xC062E00000000000)
  %t63 = call float @llvm.minnum.f32(float %t62, float 0x4060200000000000)
  %t64 = call float @llvm.rint.f32(float %t63)
  %t65 = fsub float %t63, %t64
  %t66 = fmul contract float 0x3EEFFCBFC0000000, %t65
  %t67 = fadd contract float %t66, 0x3F24309120000000
  %t68 = fmul contract float %t67, %t65
  %t69 = fadd contract float %t68, 0x3F55D87FE0000000
  %t70 = fmul contract float %t69, %t65
  %t71 = fadd contract float %t70, 0x3F83B2AB60000000
  %t72 = fmul contract float %t71, %t65
  %t73 = fadd contract float %t72, 0x3FAC6B08E0000000
  %t74 = fmul contract float %t73, %t65
  %t75 = fadd contract float %t74, 0x3FCEBFBE00000000
  %t76 = fmul contract float %t75, %t65
  %t77 = fadd contract float %t76, 0x3FE62E4300000000
  %t78 = fmul contract float %t77, %t65
  %t79 = fadd contract float %t78, 0x3FF0000000000000
  %t80 = fptosi float %t64 to i32
  %t81 = ashr i32 %t80, 1
  %t82 = sub i32 %t80, %t81
  %t83 = add i32 %t81, 127
  %t84 = shl i32 %t83, 23
  %t85 = bitcast i32 %t84 to float
  %t86 = fmul float %t79, %t85
  %t87 = add i32 %t82, 127
  %t88 = shl i32 %t87, 23
  %t89 = bitcast i32 %t88 to float
  %t90 = fmul float %t86, %t89
  %t91 = fcmp uno float %t61, 0.0
  %t92 = select i1 %t91, float %t61, float %t90
  %t93 = fmul contract float %t60, %t92
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
  %t1 = mul i64 %r6, 32
  %t2 = add i64 %t1, %r8
  %t3 = getelementptr inbounds float, ptr %data2, i64 %t2
  %t4 = load float, ptr %t3
  %t5 = getelementptr inbounds float, ptr %data3, i64 %r6
  %t6 = load float, ptr %t5
  %t7 = fsub contract float %t4, %t6
  %t8 = fmul contract float %t7, 0x3FF7154760000000
  %t9 = fcmp olt float %t8, 0xC062E00000000000
  %t10 = select i1 %t9, float 0xC062E00000000000, float %t8
  %t11 = fcmp olt float 0x4060200000000000, %t10
  %t12 = select i1 %t11, float 0x4060200000000000, float %t10
  %t13 = fneg float %t12
  %t14 = call float @llvm.maximum.f32(float %t12, float %t13)
  %t15 = fcmp olt float 0x0000000000000000, %t14
  %t16 = fcmp olt float %t14, 0x4160000000000000
  %t17 = and i1 %t15, %t16
  %t18 = fcmp olt float %t12, 0x0000000000000000
  %t19 = fadd contract float %t14, 0x4160000000000000
  %t20 = fsub contract float %t19, 0x4160000000000000
  %t21 = fneg float %t20
  %t22 = select i1 %t18, float %t21, float %t20
  %t23 = select i1 %t17, float %t22, float %t12
  %t24 = fmul contract float %t23, 0x3FE62E4000000000
  %t25 = fsub contract float %t7, %t24
  %t26 = fmul contract float %t23, 0x3EB7F7D1C0000000
  %t27 = fsub contract float %t25, %t26
  %t28 = fmul contract float %t27, 0x3FF7154760000000
  %t29 = call float @llvm.maxnum.f32(float %t28, float 0xC062E00000000000)
  %t30 = call float @llvm.minnum.f32(float %t29, float 0x4060200000000000)
  %t31 = call float @llvm.rint.f32(float %t30)
  %t32 = fsub float %t30, %t31
  %t33 = fmul contract float 0x3EEFFCBFC0000000, %t32
  %t34 = fadd contract float %t33, 0x3F24309120000000
  %t35 = fmul contract float %t34, %t32
  %t36 = fadd contract float %t35, 0x3F55D87FE0000000
  %t37 = fmul contract float %t36, %t32
  %t38 = fadd contract float %t37, 0x3F83B2AB60000000
  %t39 = fmul contract float %t38, %t32
  %t40 = fadd contract float %t39, 0x3FAC6B08E0000000
  %t41 = fmul contract float %t40, %t32
  %t42 = fadd contract float %t41, 0x3FCEBFBE00000000
  %t43 = fmul contract float %t42, %t32
  %t44 = fadd contract float %t43, 0x3FE62E4300000000
  %t45 = fmul contract float %t44, %t32
  %t46 = fadd contract float %t45, 0x3FF0000000000000
  %t47 = fptosi float %t31 to i32
  %t48 = ashr i32 %t47, 1
  %t49 = sub i32 %t47, %t48
  %t50 = add i32 %t48, 127
  %t51 = shl i32 %t50, 23
  %t52 = bitcast i32 %t51 to float
  %t53 = fmul float %t46, %t52
  %t54 = add i32 %t49, 127
  %t55 = shl i32 %t54, 23
  %t56 = bitcast i32 %t55 to float
  %t57 = fmul float %t53, %t56
  %t58 = fcmp uno float %t28, 0.0
  %t59 = select i1 %t58, float %t28, float %t57
  %t60 = fmul contract float %t59, 0x4000000000000000
  %t61 = fsub contract float %t23, 0x3FF0000000000000
  %t62 = call float @llvm.maxnum.f32(float %t61, float 0xC062E00000000000)
  %t63 = call float @llvm.minnum.f32(float %t62, float 0x4060200000000000)
  %t64 = call float @llvm.rint.f32(float %t63)
  %t65 = fsub float %t63, %t64
  %t66 = fmul contract float 0x3EEFFCBFC0000000, %t65
  %t67 = fadd contract float %t66, 0x3F24309120000000
  %t68 = fmul contract float %t67, %t65
  %t69 = fadd contract float %t68, 0x3F55D87FE0000000
  %t70 = fmul contract float %t69, %t65
  %t71 = fadd contract float %t70, 0x3F83B2AB60000000
  %t72 = fmul contract float %t71, %t65
  %t73 = fadd contract float %t72, 0x3FAC6B08E0000000
  %t74 = fmul contract float %t73, %t65
  %t75 = fadd contract float %t74, 0x3FCEBFBE00000000
  %t76 = fmul contract float %t75, %t65
  %t77 = fadd contract float %t76, 0x3FE62E4300000000
  %t78 = fmul contract float %t77, %t65
  %t79 = fadd contract float %t78, 0x3FF0000000000000
  %t80 = fptosi float %t64 to i32
  %t81 = ashr i32 %t80, 1
  %t82 = sub i32 %t80, %t81
  %t83 = add i32 %t81, 127
  %t84 = shl i32 %t83, 23
  %t85 = bitcast i32 %t84 to float
  %t86 = fmul float %t79, %t85
  %t87 = add i32 %t82, 127
  %t88 = shl i32 %t87, 23
  %t89 = bitcast i32 %t88 to float
  %t90 = fmul float %t86, %t89
  %t91 = fcmp uno float %t61, 0.0
  %t92 = select i1 %t91, float %t61, float %t90
  %t93 = fmul contract float %t60, %t92
  %t94 = getelementptr inbounds float, ptr %data1, i64 %r6
  %t95 = load float, ptr %t94
  %t96 = fdiv contract float %t93, %t95
  %t97 = getelementptr inbounds float, ptr %data0, i64 %t2
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
