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
  %t8 = call float @llvm.maxnum.f32(float %t7, float 0xC05A000000000000)
  %t9 = call float @llvm.minnum.f32(float %t8, float 0x4056400000000000)
  %t10 = fmul float %t9, 0x3FF7154760000000
  %t11 = call float @llvm.rint.f32(float %t10)
  %t12 = fneg float %t11
  %t13 = call float @llvm.fma.f32(float %t12, float 0x3FE62E4000000000, float %t9)
  %t14 = call float @llvm.fma.f32(float %t12, float 0x3EB7F7D1C0000000, float %t13)
  %t15 = call float @llvm.fma.f32(float 0x3F2A01A020000000, float %t14, float 0x3F56C16C20000000)
  %t16 = call float @llvm.fma.f32(float %t15, float %t14, float 0x3F81111120000000)
  %t17 = call float @llvm.fma.f32(float %t16, float %t14, float 0x3FA5555560000000)
  %t18 = call float @llvm.fma.f32(float %t17, float %t14, float 0x3FC5555560000000)
  %t19 = call float @llvm.fma.f32(float %t18, float %t14, float 0x3FE0000000000000)
  %t20 = call float @llvm.fma.f32(float %t19, float %t14, float 0x3FF0000000000000)
  %t21 = call float @llvm.fma.f32(float %t20, float %t14, float 0x3FF0000000000000)
  %t22 = fptosi float %t11 to i32
  %t23 = ashr i32 %t22, 1
  %t24 = sub i32 %t22, %t23
  %t25 = add i32 %t23, 127
  %t26 = shl i32 %t25, 23
  %t27 = bitcast i32 %t26 to float
  %t28 = fmul float %t21, %t27
  %t29 = add i32 %t24, 127
  %t30 = shl i32 %t29, 23
  %t31 = bitcast i32 %t30 to float
  %t32 = fmul float %t28, %t31
  %t33 = fcmp uno float %t7, 0.0
  %t34 = select i1 %t33, float %t7, float %t32
  %t35 = load float, ptr %acc6
  %t36 = fadd reassoc nsz contract float %t35, %t34
  store float %t36, ptr %acc6
  br label %loop8.latch
loop8.latch:
  %r8.next = add nuw nsw i64 %r8, 1
  %r8.more = icmp slt i64 %r8.next, 32
  br i1 %r8.more, label %loop8, label %loop8.exit
loop8.exit:
  %t37 = getelementptr inbounds float, ptr %data0, i64 %r5
  %t38 = load float, ptr %acc6
  store float %t38, ptr %t37
  br label %loop5.latch
loop5.latch:
  %r5.next = add nuw nsw i64 %r5, 1
  %r5.more = icmp slt i64 %r5.next, %end
  br i1 %r5.more, label %loop5, label %loop5.exit
loop5.exit:
  ret void
}
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
  %t8 = call float @llvm.maxnum.f32(float %t7, float 0xC05A000000000000)
  %t9 = call float @llvm.minnum.f32(float %t8, float 0x4056400000000000)
  %t10 = fmul float %t9, 0x3FF7154760000000
  %t11 = call float @llvm.rint.f32(float %t10)
  %t12 = fneg float %t11
  %t13 = call float @llvm.fma.f32(float %t12, float 0x3FE62E4000000000, float %t9)
  %t14 = call float @llvm.fma.f32(float %t12, float 0x3EB7F7D1C0000000, float %t13)
  %t15 = call float @llvm.fma.f32(float 0x3F2A01A020000000, float %t14, float 0x3F56C16C20000000)
  %t16 = call float @llvm.fma.f32(float %t15, float %t14, float 0x3F81111120000000)
  %t17 = call float @llvm.fma.f32(float %t16, float %t14, float 0x3FA5555560000000)
  %t18 = call float @llvm.fma.f32(float %t17, float %t14, float 0x3FC5555560000000)
  %t19 = call float @llvm.fma.f32(float %t18, float %t14, float 0x3FE0000000000000)
  %t20 = call float @llvm.fma.f32(float %t19, float %t14, float 0x3FF0000000000000)
  %t21 = call float @llvm.fma.f32(float %t20, float %t14, float 0x3FF0000000000000)
  %t22 = fptosi float %t11 to i32
  %t23 = ashr i32 %t22, 1
  %t24 = sub i32 %t22, %t23
  %t25 = add i32 %t23, 127
  %t26 = shl i32 %t25, 23
  %t27 = bitcast i32 %t26 to float
  %t28 = fmul float %t21, %t27
  %t29 = add i32 %t24, 127
  %t30 = shl i32 %t29, 23
  %t31 = bitcast i32 %t30 to float
  %t32 = fmul float %t28, %t31
  %t33 = fcmp uno float %t7, 0.0
  %t34 = select i1 %t33, float %t7, float %t32
  %t35 = getelementptr inbounds float, ptr %data1, i64 %r6
  %t36 = load float, ptr %t35
  %t37 = fdiv float %t34, %t36
  %t38 = getelementptr inbounds float, ptr %data0, i64 %t2
  store float %t37, ptr %t38
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
declare float @llvm.maxnum.f32(float, float)
declare float @llvm.minnum.f32(float, float)
declare float @llvm.rint.f32(float)
declare float @llvm.fma.f32(float, float, float)
