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
  %t7 = fsub float %t4, %t6
  %t8 = fmul float %t7, 0x3FF7154760000000
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
  %t19 = fadd float %t14, 0x4160000000000000
  %t20 = fsub float %t19, 0x4160000000000000
  %t21 = fneg float %t20
  %t22 = select i1 %t18, float %t21, float %t20
  %t23 = select i1 %t17, float %t22, float %t12
  %t24 = fmul float %t23, 0x3FE62E4000000000
  %t25 = fsub float %t7, %t24
  %t26 = fmul float %t23, 0x3EB7F7D1C0000000
  %t27 = fsub float %t25, %t26
  %t28 = fmul float %t27, 0x3FF7154760000000
  %t29 = call float @llvm.maxnum.f32(float %t28, float 0xC062E00000000000)
  %t30 = call float @llvm.minnum.f32(float %t29, float 0x4060200000000000)
  %t31 = call float @llvm.rint.f32(float %t30)
  %t32 = fsub float %t30, %t31
  %t33 = call float @llvm.fma.f32(float 0x3EEFFCBFC0000000, float %t32, float 0x3F24309120000000)
  %t34 = call float @llvm.fma.f32(float %t33, float %t32, float 0x3F55D87FE0000000)
  %t35 = call float @llvm.fma.f32(float %t34, float %t32, float 0x3F83B2AB60000000)
  %t36 = call float @llvm.fma.f32(float %t35, float %t32, float 0x3FAC6B08E0000000)
  %t37 = call float @llvm.fma.f32(float %t36, float %t32, float 0x3FCEBFBE00000000)
  %t38 = call float @llvm.fma.f32(float %t37, float %t32, float 0x3FE62E4300000000)
  %t39 = call float @llvm.fma.f32(float %t38, float %t32, float 0x3FF0000000000000)
  %t40 = fptosi float %t31 to i32
  %t41 = ashr i32 %t40, 1
  %t42 = sub i32 %t40, %t41
  %t43 = add i32 %t41, 127
  %t44 = shl i32 %t43, 23
  %t45 = bitcast i32 %t44 to float
  %t46 = fmul float %t39, %t45
  %t47 = add i32 %t42, 127
  %t48 = shl i32 %t47, 23
  %t49 = bitcast i32 %t48 to float
  %t50 = fmul float %t46, %t49
  %t51 = fcmp uno float %t28, 0.0
  %t52 = select i1 %t51, float %t28, float %t50
  %t53 = fmul float %t52, 0x4000000000000000
  %t54 = fsub float %t23, 0x3FF0000000000000
  %t55 = call float @llvm.maxnum.f32(float %t54, float 0xC062E00000000000)
  %t56 = call float @llvm.minnum.f32(float %t55, float 0x4060200000000000)
  %t57 = call float @llvm.rint.f32(float %t56)
  %t58 = fsub float %t56, %t57
  %t59 = call float @llvm.fma.f32(float 0x3EEFFCBFC0000000, float %t58, float 0x3F24309120000000)
  %t60 = call float @llvm.fma.f32(float %t59, float %t58, float 0x3F55D87FE0000000)
  %t61 = call float @llvm.fma.f32(float %t60, float %t58, float 0x3F83B2AB60000000)
  %t62 = call float @llvm.fma.f32(float %t61, float %t58, float 0x3FAC6B08E0000000)
  %t63 = call float @llvm.fma.f32(float %t62, float %t58, float 0x3FCEBFBE00000000)
  %t64 = call float @llvm.fma.f32(float %t63, float %t58, float 0x3FE62E4300000000)
  %t65 = call float @llvm.fma.f32(float %t64, float %t58, float 0x3FF0000000000000)
  %t66 = fptosi float %t57 to i32
  %t67 = ashr i32 %t66, 1
  %t68 = sub i32 %t66, %t67
  %t69 = add i32 %t67, 127
  %t70 = shl i32 %t69, 23
  %t71 = bitcast i32 %t70 to float
  %t72 = fmul float %t65, %t71
  %t73 = add i32 %t68, 127
  %t74 = shl i32 %t73, 23
  %t75 = bitcast i32 %t74 to float
  %t76 = fmul float %t72, %t75
  %t77 = fcmp uno float %t54, 0.0
  %t78 = select i1 %t77, float %t54, float %t76
  %t79 = fmul contract float %t53, %t78
  %t80 = load float, ptr %acc6
  %t81 = fadd reassoc nsz contract float %t80, %t79
  store float %t81, ptr %acc6
  br label %loop8.latch
loop8.latch:
  %r8.next = add nuw nsw i64 %r8, 1
  %r8.more = icmp slt i64 %r8.next, 32
  br i1 %r8.more, label %loop8, label %loop8.exit
loop8.exit:
  %t82 = getelementptr inbounds float, ptr %data0, i64 %r5
  %t83 = load float, ptr %acc6
  store float %t83, ptr %t82
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
declare float @llvm.fma.f32(float, float, float)

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
  %t7 = fsub float %t4, %t6
  %t8 = fmul float %t7, 0x3FF7154760000000
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
  %t19 = fadd float %t14, 0x4160000000000000
  %t20 = fsub float %t19, 0x4160000000000000
  %t21 = fneg float %t20
  %t22 = select i1 %t18, float %t21, float %t20
  %t23 = select i1 %t17, float %t22, float %t12
  %t24 = fmul float %t23, 0x3FE62E4000000000
  %t25 = fsub float %t7, %t24
  %t26 = fmul float %t23, 0x3EB7F7D1C0000000
  %t27 = fsub float %t25, %t26
  %t28 = fmul float %t27, 0x3FF7154760000000
  %t29 = call float @llvm.maxnum.f32(float %t28, float 0xC062E00000000000)
  %t30 = call float @llvm.minnum.f32(float %t29, float 0x4060200000000000)
  %t31 = call float @llvm.rint.f32(float %t30)
  %t32 = fsub float %t30, %t31
  %t33 = call float @llvm.fma.f32(float 0x3EEFFCBFC0000000, float %t32, float 0x3F24309120000000)
  %t34 = call float @llvm.fma.f32(float %t33, float %t32, float 0x3F55D87FE0000000)
  %t35 = call float @llvm.fma.f32(float %t34, float %t32, float 0x3F83B2AB60000000)
  %t36 = call float @llvm.fma.f32(float %t35, float %t32, float 0x3FAC6B08E0000000)
  %t37 = call float @llvm.fma.f32(float %t36, float %t32, float 0x3FCEBFBE00000000)
  %t38 = call float @llvm.fma.f32(float %t37, float %t32, float 0x3FE62E4300000000)
  %t39 = call float @llvm.fma.f32(float %t38, float %t32, float 0x3FF0000000000000)
  %t40 = fptosi float %t31 to i32
  %t41 = ashr i32 %t40, 1
  %t42 = sub i32 %t40, %t41
  %t43 = add i32 %t41, 127
  %t44 = shl i32 %t43, 23
  %t45 = bitcast i32 %t44 to float
  %t46 = fmul float %t39, %t45
  %t47 = add i32 %t42, 127
  %t48 = shl i32 %t47, 23
  %t49 = bitcast i32 %t48 to float
  %t50 = fmul float %t46, %t49
  %t51 = fcmp uno float %t28, 0.0
  %t52 = select i1 %t51, float %t28, float %t50
  %t53 = fmul float %t52, 0x4000000000000000
  %t54 = fsub float %t23, 0x3FF0000000000000
  %t55 = call float @llvm.maxnum.f32(float %t54, float 0xC062E00000000000)
  %t56 = call float @llvm.minnum.f32(float %t55, float 0x4060200000000000)
  %t57 = call float @llvm.rint.f32(float %t56)
  %t58 = fsub float %t56, %t57
  %t59 = call float @llvm.fma.f32(float 0x3EEFFCBFC0000000, float %t58, float 0x3F24309120000000)
  %t60 = call float @llvm.fma.f32(float %t59, float %t58, float 0x3F55D87FE0000000)
  %t61 = call float @llvm.fma.f32(float %t60, float %t58, float 0x3F83B2AB60000000)
  %t62 = call float @llvm.fma.f32(float %t61, float %t58, float 0x3FAC6B08E0000000)
  %t63 = call float @llvm.fma.f32(float %t62, float %t58, float 0x3FCEBFBE00000000)
  %t64 = call float @llvm.fma.f32(float %t63, float %t58, float 0x3FE62E4300000000)
  %t65 = call float @llvm.fma.f32(float %t64, float %t58, float 0x3FF0000000000000)
  %t66 = fptosi float %t57 to i32
  %t67 = ashr i32 %t66, 1
  %t68 = sub i32 %t66, %t67
  %t69 = add i32 %t67, 127
  %t70 = shl i32 %t69, 23
  %t71 = bitcast i32 %t70 to float
  %t72 = fmul float %t65, %t71
  %t73 = add i32 %t68, 127
  %t74 = shl i32 %t73, 23
  %t75 = bitcast i32 %t74 to float
  %t76 = fmul float %t72, %t75
  %t77 = fcmp uno float %t54, 0.0
  %t78 = select i1 %t77, float %t54, float %t76
  %t79 = fmul float %t53, %t78
  %t80 = getelementptr inbounds float, ptr %data1, i64 %r6
  %t81 = load float, ptr %t80
  %t82 = fdiv float %t79, %t81
  %t83 = getelementptr inbounds float, ptr %data0, i64 %t2
  store float %t82, ptr %t83
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
declare float @llvm.fma.f32(float, float, float)
