define void @kernel0(ptr noalias %data0, ptr noalias %data1, ptr noalias %data2, i64 %start, i64 %end) nounwind {
entry:
  %acc9 = alloca float
  br label %loop5
loop5:
  %r5 = phi i64 [%start, %entry], [%r5.next, %loop5.latch]
  br label %loop7
loop7:
  %r7 = phi i64 [0, %loop5], [%r7.next, %loop7.latch]
  br label %loop8
loop8:
  %r8 = phi i64 [0, %loop7], [%r8.next, %loop8.latch]
  store float 0x0000000000000000, ptr %acc9
  br label %loop11
loop11:
  %r11 = phi i64 [0, %loop8], [%r11.next, %loop11.latch]
  %t1 = mul i64 %r5, 18
  %t2 = add i64 7, %t1
  %t3 = mul i64 %r11, 9
  %t4 = add i64 %t2, %t3
  %t5 = getelementptr inbounds float, ptr %data2, i64 %t4
  %t6 = load float, ptr %t5
  %t7 = mul i64 %r7, 6
  %t8 = add i64 6, %t7
  %t9 = add i64 %t8, %r8
  %t10 = mul i64 %r11, 36
  %t11 = add i64 %t9, %t10
  %t12 = icmp slt i64 %r7, 5
  %t13 = select i1 %t12, i64 %t11, i64 0
  %t14 = getelementptr inbounds float, ptr %data1, i64 %t13
  %t15 = load float, ptr %t14
  %t16 = select i1 %t12, float %t15, float 0x0000000000000000
  %t17 = fmul contract float %t16, %t6
  %t18 = load float, ptr %acc9
  %t19 = fadd reassoc nsz contract float %t18, %t17
  store float %t19, ptr %acc9
  br label %loop11.latch
loop11.latch:
  %r11.next = add nuw nsw i64 %r11, 1
  %r11.more = icmp slt i64 %r11.next, 2
  br i1 %r11.more, label %loop11, label %loop11.exit
loop11.exit:
  %t20 = mul i64 %r5, 36
  %t21 = mul i64 %r7, 6
  %t22 = add i64 %t20, %t21
  %t23 = add i64 %t22, %r8
  %t24 = getelementptr inbounds float, ptr %data0, i64 %t23
  %t25 = load float, ptr %acc9
  store float %t25, ptr %t24
  br label %loop8.latch
loop8.latch:
  %r8.next = add nuw nsw i64 %r8, 1
  %r8.more = icmp slt i64 %r8.next, 6
  br i1 %r8.more, label %loop8, label %loop8.exit
loop8.exit:
  br label %loop7.latch
loop7.latch:
  %r7.next = add nuw nsw i64 %r7, 1
  %r7.more = icmp slt i64 %r7.next, 6
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


define void @kernel1(ptr noalias %data0, ptr noalias %data1, ptr noalias %data2, i64 %start, i64 %end) nounwind {
entry:
  %acc9 = alloca float
  br label %loop5
loop5:
  %r5 = phi i64 [%start, %entry], [%r5.next, %loop5.latch]
  br label %loop7
loop7:
  %r7 = phi i64 [0, %loop5], [%r7.next, %loop7.latch]
  br label %loop8
loop8:
  %r8 = phi i64 [0, %loop7], [%r8.next, %loop8.latch]
  store float 0x0000000000000000, ptr %acc9
  br label %loop11
loop11:
  %r11 = phi i64 [0, %loop8], [%r11.next, %loop11.latch]
  %t1 = mul i64 %r5, 18
  %t2 = add i64 6, %t1
  %t3 = mul i64 %r11, 9
  %t4 = add i64 %t2, %t3
  %t5 = getelementptr inbounds float, ptr %data2, i64 %t4
  %t6 = load float, ptr %t5
  %t7 = mul i64 %r7, 6
  %t8 = add i64 5, %t7
  %t9 = add i64 %t8, %r8
  %t10 = mul i64 %r11, 36
  %t11 = add i64 %t9, %t10
  %t12 = icmp slt i64 %r7, 5
  %t13 = icmp slt i64 0, %r8
  %t14 = and i1 %t12, %t13
  %t15 = select i1 %t14, i64 %t11, i64 0
  %t16 = getelementptr inbounds float, ptr %data1, i64 %t15
  %t17 = load float, ptr %t16
  %t18 = select i1 %t14, float %t17, float 0x0000000000000000
  %t19 = fmul contract float %t18, %t6
  %t20 = load float, ptr %acc9
  %t21 = fadd reassoc nsz contract float %t20, %t19
  store float %t21, ptr %acc9
  br label %loop11.latch
loop11.latch:
  %r11.next = add nuw nsw i64 %r11, 1
  %r11.more = icmp slt i64 %r11.next, 2
  br i1 %r11.more, label %loop11, label %loop11.exit
loop11.exit:
  %t22 = mul i64 %r5, 36
  %t23 = mul i64 %r7, 6
  %t24 = add i64 %t22, %t23
  %t25 = add i64 %t24, %r8
  %t26 = getelementptr inbounds float, ptr %data0, i64 %t25
  %t27 = load float, ptr %acc9
  store float %t27, ptr %t26
  br label %loop8.latch
loop8.latch:
  %r8.next = add nuw nsw i64 %r8, 1
  %r8.more = icmp slt i64 %r8.next, 6
  br i1 %r8.more, label %loop8, label %loop8.exit
loop8.exit:
  br label %loop7.latch
loop7.latch:
  %r7.next = add nuw nsw i64 %r7, 1
  %r7.more = icmp slt i64 %r7.next, 6
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


define void @kernel2(ptr noalias %data0, ptr noalias %data1, ptr noalias %data2, i64 %start, i64 %end) nounwind {
entry:
  %acc9 = alloca float
  br label %loop5
loop5:
  %r5 = phi i64 [%start, %entry], [%r5.next, %loop5.latch]
  br label %loop7
loop7:
  %r7 = phi i64 [0, %loop5], [%r7.next, %loop7.latch]
  br label %loop8
loop8:
  %r8 = phi i64 [0, %loop7], [%r8.next, %loop8.latch]
  store float 0x0000000000000000, ptr %acc9
  br label %loop11
loop11:
  %r11 = phi i64 [0, %loop8], [%r11.next, %loop11.latch]
  %t1 = mul i64 %r5, 18
  %t2 = add i64 5, %t1
  %t3 = mul i64 %r11, 9
  %t4 = add i64 %t2, %t3
  %t5 = getelementptr inbounds float, ptr %data2, i64 %t4
  %t6 = load float, ptr %t5
  %t7 = mul i64 %r7, 6
  %t8 = add i64 1, %t7
  %t9 = add i64 %t8, %r8
  %t10 = mul i64 %r11, 36
  %t11 = add i64 %t9, %t10
  %t12 = icmp slt i64 %r8, 5
  %t13 = select i1 %t12, i64 %t11, i64 0
  %t14 = getelementptr inbounds float, ptr %data1, i64 %t13
  %t15 = load float, ptr %t14
  %t16 = select i1 %t12, float %t15, float 0x0000000000000000
  %t17 = fmul contract float %t16, %t6
  %t18 = load float, ptr %acc9
  %t19 = fadd reassoc nsz contract float %t18, %t17
  store float %t19, ptr %acc9
  br label %loop11.latch
loop11.latch:
  %r11.next = add nuw nsw i64 %r11, 1
  %r11.more = icmp slt i64 %r11.next, 2
  br i1 %r11.more, label %loop11, label %loop11.exit
loop11.exit:
  %t20 = mul i64 %r5, 36
  %t21 = mul i64 %r7, 6
  %t22 = add i64 %t20, %t21
  %t23 = add i64 %t22, %r8
  %t24 = getelementptr inbounds float, ptr %data0, i64 %t23
  %t25 = load float, ptr %acc9
  store float %t25, ptr %t24
  br label %loop8.latch
loop8.latch:
  %r8.next = add nuw nsw i64 %r8, 1
  %r8.more = icmp slt i64 %r8.next, 6
  br i1 %r8.more, label %loop8, label %loop8.exit
loop8.exit:
  br label %loop7.latch
loop7.latch:
  %r7.next = add nuw nsw i64 %r7, 1
  %r7.more = icmp slt i64 %r7.next, 6
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


define void @kernel3(ptr noalias %data0, ptr noalias %data1, ptr noalias %data2, i64 %start, i64 %end) nounwind {
entry:
  %acc8 = alloca float
  br label %loop5
loop5:
  %r5 = phi i64 [%start, %entry], [%r5.next, %loop5.latch]
  br label %loop7
loop7:
  %r7 = phi i64 [0, %loop5], [%r7.next, %loop7.latch]
  store float 0x0000000000000000, ptr %acc8
  br label %loop10
loop10:
  %r10 = phi i64 [0, %loop7], [%r10.next, %loop10.latch]
  %t1 = mul i64 %r5, 18
  %t2 = add i64 4, %t1
  %t3 = mul i64 %r10, 9
  %t4 = add i64 %t2, %t3
  %t5 = getelementptr inbounds float, ptr %data2, i64 %t4
  %t6 = load float, ptr %t5
  %t7 = mul i64 %r10, 36
  %t8 = add i64 %r7, %t7
  %t9 = getelementptr inbounds float, ptr %data1, i64 %t8
  %t10 = load float, ptr %t9
  %t11 = fmul contract float %t10, %t6
  %t12 = load float, ptr %acc8
  %t13 = fadd reassoc nsz contract float %t12, %t11
  store float %t13, ptr %acc8
  br label %loop10.latch
loop10.latch:
  %r10.next = add nuw nsw i64 %r10, 1
  %r10.more = icmp slt i64 %r10.next, 2
  br i1 %r10.more, label %loop10, label %loop10.exit
loop10.exit:
  %t14 = mul i64 %r5, 36
  %t15 = add i64 %t14, %r7
  %t16 = getelementptr inbounds float, ptr %data0, i64 %t15
  %t17 = load float, ptr %acc8
  store float %t17, ptr %t16
  br label %loop7.latch
loop7.latch:
  %r7.next = add nuw nsw i64 %r7, 1
  %r7.more = icmp slt i64 %r7.next, 36
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


define void @kernel4(ptr noalias %data0, ptr noalias %data1, ptr noalias %data2, i64 %start, i64 %end) nounwind {
entry:
  %acc9 = alloca float
  br label %loop5
loop5:
  %r5 = phi i64 [%start, %entry], [%r5.next, %loop5.latch]
  br label %loop7
loop7:
  %r7 = phi i64 [0, %loop5], [%r7.next, %loop7.latch]
  br label %loop8
loop8:
  %r8 = phi i64 [0, %loop7], [%r8.next, %loop8.latch]
  store float 0x0000000000000000, ptr %acc9
  br label %loop11
loop11:
  %r11 = phi i64 [0, %loop8], [%r11.next, %loop11.latch]
  %t1 = mul i64 %r5, 18
  %t2 = add i64 3, %t1
  %t3 = mul i64 %r11, 9
  %t4 = add i64 %t2, %t3
  %t5 = getelementptr inbounds float, ptr %data2, i64 %t4
  %t6 = load float, ptr %t5
  %t7 = mul i64 %r7, 6
  %t8 = add i64 -1, %t7
  %t9 = add i64 %t8, %r8
  %t10 = mul i64 %r11, 36
  %t11 = add i64 %t9, %t10
  %t12 = icmp slt i64 0, %r8
  %t13 = select i1 %t12, i64 %t11, i64 0
  %t14 = getelementptr inbounds float, ptr %data1, i64 %t13
  %t15 = load float, ptr %t14
  %t16 = select i1 %t12, float %t15, float 0x0000000000000000
  %t17 = fmul contract float %t16, %t6
  %t18 = load float, ptr %acc9
  %t19 = fadd reassoc nsz contract float %t18, %t17
  store float %t19, ptr %acc9
  br label %loop11.latch
loop11.latch:
  %r11.next = add nuw nsw i64 %r11, 1
  %r11.more = icmp slt i64 %r11.next, 2
  br i1 %r11.more, label %loop11, label %loop11.exit
loop11.exit:
  %t20 = mul i64 %r5, 36
  %t21 = mul i64 %r7, 6
  %t22 = add i64 %t20, %t21
  %t23 = add i64 %t22, %r8
  %t24 = getelementptr inbounds float, ptr %data0, i64 %t23
  %t25 = load float, ptr %acc9
  store float %t25, ptr %t24
  br label %loop8.latch
loop8.latch:
  %r8.next = add nuw nsw i64 %r8, 1
  %r8.more = icmp slt i64 %r8.next, 6
  br i1 %r8.more, label %loop8, label %loop8.exit
loop8.exit:
  br label %loop7.latch
loop7.latch:
  %r7.next = add nuw nsw i64 %r7, 1
  %r7.more = icmp slt i64 %r7.next, 6
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


define void @kernel5(ptr noalias %data0, ptr noalias %data1, ptr noalias %data2, i64 %start, i64 %end) nounwind {
entry:
  %acc9 = alloca float
  br label %loop5
loop5:
  %r5 = phi i64 [%start, %entry], [%r5.next, %loop5.latch]
  br label %loop7
loop7:
  %r7 = phi i64 [0, %loop5], [%r7.next, %loop7.latch]
  br label %loop8
loop8:
  %r8 = phi i64 [0, %loop7], [%r8.next, %loop8.latch]
  store float 0x0000000000000000, ptr %acc9
  br label %loop11
loop11:
  %r11 = phi i64 [0, %loop8], [%r11.next, %loop11.latch]
  %t1 = mul i64 %r5, 18
  %t2 = add i64 2, %t1
  %t3 = mul i64 %r11, 9
  %t4 = add i64 %t2, %t3
  %t5 = getelementptr inbounds float, ptr %data2, i64 %t4
  %t6 = load float, ptr %t5
  %t7 = mul i64 %r7, 6
  %t8 = add i64 -5, %t7
  %t9 = add i64 %t8, %r8
  %t10 = mul i64 %r11, 36
  %t11 = add i64 %t9, %t10
  %t12 = icmp slt i64 0, %r7
  %t13 = icmp slt i64 %r8, 5
  %t14 = and i1 %t12, %t13
  %t15 = select i1 %t14, i64 %t11, i64 0
  %t16 = getelementptr inbounds float, ptr %data1, i64 %t15
  %t17 = load float, ptr %t16
  %t18 = select i1 %t14, float %t17, float 0x0000000000000000
  %t19 = fmul contract float %t18, %t6
  %t20 = load float, ptr %acc9
  %t21 = fadd reassoc nsz contract float %t20, %t19
  store float %t21, ptr %acc9
  br label %loop11.latch
loop11.latch:
  %r11.next = add nuw nsw i64 %r11, 1
  %r11.more = icmp slt i64 %r11.next, 2
  br i1 %r11.more, label %loop11, label %loop11.exit
loop11.exit:
  %t22 = mul i64 %r5, 36
  %t23 = mul i64 %r7, 6
  %t24 = add i64 %t22, %t23
  %t25 = add i64 %t24, %r8
  %t26 = getelementptr inbounds float, ptr %data0, i64 %t25
  %t27 = load float, ptr %acc9
  store float %t27, ptr %t26
  br label %loop8.latch
loop8.latch:
  %r8.next = add nuw nsw i64 %r8, 1
  %r8.more = icmp slt i64 %r8.next, 6
  br i1 %r8.more, label %loop8, label %loop8.exit
loop8.exit:
  br label %loop7.latch
loop7.latch:
  %r7.next = add nuw nsw i64 %r7, 1
  %r7.more = icmp slt i64 %r7.next, 6
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


define void @kernel6(ptr noalias %data0, ptr noalias %data1, ptr noalias %data2, i64 %start, i64 %end) nounwind {
entry:
  %acc9 = alloca float
  br label %loop5
loop5:
  %r5 = phi i64 [%start, %entry], [%r5.next, %loop5.latch]
  br label %loop7
loop7:
  %r7 = phi i64 [0, %loop5], [%r7.next, %loop7.latch]
  br label %loop8
loop8:
  %r8 = phi i64 [0, %loop7], [%r8.next, %loop8.latch]
  store float 0x0000000000000000, ptr %acc9
  br label %loop11
loop11:
  %r11 = phi i64 [0, %loop8], [%r11.next, %loop11.latch]
  %t1 = mul i64 %r5, 18
  %t2 = add i64 1, %t1
  %t3 = mul i64 %r11, 9
  %t4 = add i64 %t2, %t3
  %t5 = getelementptr inbounds float, ptr %data2, i64 %t4
  %t6 = load float, ptr %t5
  %t7 = mul i64 %r7, 6
  %t8 = add i64 -6, %t7
  %t9 = add i64 %t8, %r8
  %t10 = mul i64 %r11, 36
  %t11 = add i64 %t9, %t10
  %t12 = icmp slt i64 0, %r7
  %t13 = select i1 %t12, i64 %t11, i64 0
  %t14 = getelementptr inbounds float, ptr %data1, i64 %t13
  %t15 = load float, ptr %t14
  %t16 = select i1 %t12, float %t15, float 0x0000000000000000
  %t17 = fmul contract float %t16, %t6
  %t18 = load float, ptr %acc9
  %t19 = fadd reassoc nsz contract float %t18, %t17
  store float %t19, ptr %acc9
  br label %loop11.latch
loop11.latch:
  %r11.next = add nuw nsw i64 %r11, 1
  %r11.more = icmp slt i64 %r11.next, 2
  br i1 %r11.more, label %loop11, label %loop11.exit
loop11.exit:
  %t20 = mul i64 %r5, 36
  %t21 = mul i64 %r7, 6
  %t22 = add i64 %t20, %t21
  %t23 = add i64 %t22, %r8
  %t24 = getelementptr inbounds float, ptr %data0, i64 %t23
  %t25 = load float, ptr %acc9
  store float %t25, ptr %t24
  br label %loop8.latch
loop8.latch:
  %r8.next = add nuw nsw i64 %r8, 1
  %r8.more = icmp slt i64 %r8.next, 6
  br i1 %r8.more, label %loop8, label %loop8.exit
loop8.exit:
  br label %loop7.latch
loop7.latch:
  %r7.next = add nuw nsw i64 %r7, 1
  %r7.more = icmp slt i64 %r7.next, 6
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


define void @kernel7(ptr noalias %data0, ptr noalias %data1, ptr noalias %data2, i64 %start, i64 %end) nounwind {
entry:
  %acc9 = alloca float
  br label %loop5
loop5:
  %r5 = phi i64 [%start, %entry], [%r5.next, %loop5.latch]
  br label %loop7
loop7:
  %r7 = phi i64 [0, %loop5], [%r7.next, %loop7.latch]
  br label %loop8
loop8:
  %r8 = phi i64 [0, %loop7], [%r8.next, %loop8.latch]
  store float 0x0000000000000000, ptr %acc9
  br label %loop11
loop11:
  %r11 = phi i64 [0, %loop8], [%r11.next, %loop11.latch]
  %t1 = mul i64 %r5, 18
  %t2 = mul i64 %r11, 9
  %t3 = add i64 %t1, %t2
  %t4 = getelementptr inbounds float, ptr %data2, i64 %t3
  %t5 = load float, ptr %t4
  %t6 = mul i64 %r7, 6
  %t7 = add i64 -7, %t6
  %t8 = add i64 %t7, %r8
  %t9 = mul i64 %r11, 36
  %t10 = add i64 %t8, %t9
  %t11 = icmp slt i64 0, %r7
  %t12 = icmp slt i64 0, %r8
  %t13 = and i1 %t11, %t12
  %t14 = select i1 %t13, i64 %t10, i64 0
  %t15 = getelementptr inbounds float, ptr %data1, i64 %t14
  %t16 = load float, ptr %t15
  %t17 = select i1 %t13, float %t16, float 0x0000000000000000
  %t18 = fmul contract float %t17, %t5
  %t19 = load float, ptr %acc9
  %t20 = fadd reassoc nsz contract float %t19, %t18
  store float %t20, ptr %acc9
  br label %loop11.latch
loop11.latch:
  %r11.next = add nuw nsw i64 %r11, 1
  %r11.more = icmp slt i64 %r11.next, 2
  br i1 %r11.more, label %loop11, label %loop11.exit
loop11.exit:
  %t21 = mul i64 %r5, 36
  %t22 = mul i64 %r7, 6
  %t23 = add i64 %t21, %t22
  %t24 = add i64 %t23, %r8
  %t25 = getelementptr inbounds float, ptr %data0, i64 %t24
  %t26 = load float, ptr %acc9
  store float %t26, ptr %t25
  br label %loop8.latch
loop8.latch:
  %r8.next = add nuw nsw i64 %r8, 1
  %r8.more = icmp slt i64 %r8.next, 6
  br i1 %r8.more, label %loop8, label %loop8.exit
loop8.exit:
  br label %loop7.latch
loop7.latch:
  %r7.next = add nuw nsw i64 %r7, 1
  %r7.more = icmp slt i64 %r7.next, 6
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


define void @kernel8(ptr noalias %data0, ptr noalias %data1, ptr noalias %data2, ptr noalias %data3, ptr noalias %data4, ptr noalias %data5, ptr noalias %data6, ptr noalias %data7, ptr noalias %data8, ptr noalias %data9, ptr noalias %data10, i64 %start, i64 %end) nounwind {
entry:
  %acc17 = alloca float
  br label %loop13
loop13:
  %r13 = phi i64 [%start, %entry], [%r13.next, %loop13.latch]
  br label %loop15
loop15:
  %r15 = phi i64 [0, %loop13], [%r15.next, %loop15.latch]
  br label %loop16
loop16:
  %r16 = phi i64 [0, %loop15], [%r16.next, %loop16.latch]
  store float 0x0000000000000000, ptr %acc17
  br label %loop19
loop19:
  %r19 = phi i64 [0, %loop16], [%r19.next, %loop19.latch]
  %t1 = mul i64 %r13, 18
  %t2 = add i64 8, %t1
  %t3 = mul i64 %r19, 9
  %t4 = add i64 %t2, %t3
  %t5 = getelementptr inbounds float, ptr %data2, i64 %t4
  %t6 = load float, ptr %t5
  %t7 = mul i64 %r15, 6
  %t8 = add i64 7, %t7
  %t9 = add i64 %t8, %r16
  %t10 = mul i64 %r19, 36
  %t11 = add i64 %t9, %t10
  %t12 = icmp slt i64 %r15, 5
  %t13 = icmp slt i64 %r16, 5
  %t14 = and i1 %t12, %t13
  %t15 = select i1 %t14, i64 %t11, i64 0
  %t16 = getelementptr inbounds float, ptr %data1, i64 %t15
  %t17 = load float, ptr %t16
  %t18 = select i1 %t14, float %t17, float 0x0000000000000000
  %t19 = fmul contract float %t18, %t6
  %t20 = load float, ptr %acc17
  %t21 = fadd reassoc nsz contract float %t20, %t19
  store float %t21, ptr %acc17
  br label %loop19.latch
loop19.latch:
  %r19.next = add nuw nsw i64 %r19, 1
  %r19.more = icmp slt i64 %r19.next, 2
  br i1 %r19.more, label %loop19, label %loop19.exit
loop19.exit:
  %t22 = mul i64 %r13, 36
  %t23 = mul i64 %r15, 6
  %t24 = add i64 %t22, %t23
  %t25 = add i64 %t24, %r16
  %t26 = getelementptr inbounds float, ptr %data3, i64 %t25
  %t27 = load float, ptr %t26
  %t28 = getelementptr inbounds float, ptr %data4, i64 %t25
  %t29 = load float, ptr %t28
  %t30 = getelementptr inbounds float, ptr %data5, i64 %t25
  %t31 = load float, ptr %t30
  %t32 = getelementptr inbounds float, ptr %data6, i64 %t25
  %t33 = load float, ptr %t32
  %t34 = getelementptr inbounds float, ptr %data7, i64 %t25
  %t35 = load float, ptr %t34
  %t36 = getelementptr inbounds float, ptr %data8, i64 %t25
  %t37 = load float, ptr %t36
  %t38 = getelementptr inbounds float, ptr %data10, i64 %t25
  %t39 = load float, ptr %t38
  %t40 = getelementptr inbounds float, ptr %data9, i64 %t25
  %t41 = load float, ptr %t40
  %t42 = fadd contract float %t41, %t39
  %t43 = fadd contract float %t42, %t37
  %t44 = fadd contract float %t43, %t35
  %t45 = fadd contract float %t44, %t33
  %t46 = fadd contract float %t45, %t31
  %t47 = fadd contract float %t46, %t29
  %t48 = fadd contract float %t47, %t27
  %t49 = load float, ptr %acc17
  %t50 = fadd contract float %t48, %t49
  %t51 = getelementptr inbounds float, ptr %data0, i64 %t25
  store float %t50, ptr %t51
  br label %loop16.latch
loop16.latch:
  %r16.next = add nuw nsw i64 %r16, 1
  %r16.more = icmp slt i64 %r16.next, 6
  br i1 %r16.more, label %loop16, label %loop16.exit
loop16.exit:
  br label %loop15.latch
loop15.latch:
  %r15.next = add nuw nsw i64 %r15, 1
  %r15.more = icmp slt i64 %r15.next, 6
  br i1 %r15.more, label %loop15, label %loop15.exit
loop15.exit:
  br label %loop13.latch
loop13.latch:
  %r13.next = add nuw nsw i64 %r13, 1
  %r13.more = icmp slt i64 %r13.next, %end
  br i1 %r13.more, label %loop13, label %loop13.exit
loop13.exit:
  ret void
}

