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
  %t1 = mul i64 %r7, 6
  %t2 = add i64 -7, %t1
  %t3 = add i64 %t2, %r8
  %t4 = mul i64 %r11, 36
  %t5 = add i64 %t3, %t4
  %t6 = icmp slt i64 0, %r7
  %t7 = icmp slt i64 0, %r8
  %t8 = and i1 %t6, %t7
  %t9 = select i1 %t8, i64 %t5, i64 0
  %t10 = getelementptr inbounds float, ptr %data1, i64 %t9
  %t11 = load float, ptr %t10
  %t12 = select i1 %t8, float %t11, float 0x0000000000000000
  %t13 = mul i64 %r5, 18
  %t14 = mul i64 %r11, 9
  %t15 = add i64 %t13, %t14
  %t16 = getelementptr inbounds float, ptr %data2, i64 %t15
  %t17 = load float, ptr %t16
  %t18 = fmul contract float %t12, %t17
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
  %t1 = mul i64 %r7, 6
  %t2 = add i64 -6, %t1
  %t3 = add i64 %t2, %r8
  %t4 = mul i64 %r11, 36
  %t5 = add i64 %t3, %t4
  %t6 = icmp slt i64 0, %r7
  %t7 = select i1 %t6, i64 %t5, i64 0
  %t8 = getelementptr inbounds float, ptr %data1, i64 %t7
  %t9 = load float, ptr %t8
  %t10 = select i1 %t6, float %t9, float 0x0000000000000000
  %t11 = mul i64 %r5, 18
  %t12 = add i64 1, %t11
  %t13 = mul i64 %r11, 9
  %t14 = add i64 %t12, %t13
  %t15 = getelementptr inbounds float, ptr %data2, i64 %t14
  %t16 = load float, ptr %t15
  %t17 = fmul contract float %t10, %t16
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
  %t1 = mul i64 %r7, 6
  %t2 = add i64 -5, %t1
  %t3 = add i64 %t2, %r8
  %t4 = mul i64 %r11, 36
  %t5 = add i64 %t3, %t4
  %t6 = icmp slt i64 0, %r7
  %t7 = icmp slt i64 %r8, 5
  %t8 = and i1 %t6, %t7
  %t9 = select i1 %t8, i64 %t5, i64 0
  %t10 = getelementptr inbounds float, ptr %data1, i64 %t9
  %t11 = load float, ptr %t10
  %t12 = select i1 %t8, float %t11, float 0x0000000000000000
  %t13 = mul i64 %r5, 18
  %t14 = add i64 2, %t13
  %t15 = mul i64 %r11, 9
  %t16 = add i64 %t14, %t15
  %t17 = getelementptr inbounds float, ptr %data2, i64 %t16
  %t18 = load float, ptr %t17
  %t19 = fmul contract float %t12, %t18
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


define void @kernel3(ptr noalias %data0, ptr noalias %data1, ptr noalias %data2, i64 %start, i64 %end) nounwind {
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
  %t1 = mul i64 %r7, 6
  %t2 = add i64 -1, %t1
  %t3 = add i64 %t2, %r8
  %t4 = mul i64 %r11, 36
  %t5 = add i64 %t3, %t4
  %t6 = icmp slt i64 0, %r8
  %t7 = select i1 %t6, i64 %t5, i64 0
  %t8 = getelementptr inbounds float, ptr %data1, i64 %t7
  %t9 = load float, ptr %t8
  %t10 = select i1 %t6, float %t9, float 0x0000000000000000
  %t11 = mul i64 %r5, 18
  %t12 = add i64 3, %t11
  %t13 = mul i64 %r11, 9
  %t14 = add i64 %t12, %t13
  %t15 = getelementptr inbounds float, ptr %data2, i64 %t14
  %t16 = load float, ptr %t15
  %t17 = fmul contract float %t10, %t16
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


define void @kernel4(ptr noalias %data0, ptr noalias %data1, ptr noalias %data2, i64 %start, i64 %end) nounwind {
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
  %t1 = mul i64 %r10, 36
  %t2 = add i64 %r7, %t1
  %t3 = getelementptr inbounds float, ptr %data1, i64 %t2
  %t4 = load float, ptr %t3
  %t5 = mul i64 %r5, 18
  %t6 = add i64 4, %t5
  %t7 = mul i64 %r10, 9
  %t8 = add i64 %t6, %t7
  %t9 = getelementptr inbounds float, ptr %data2, i64 %t8
  %t10 = load float, ptr %t9
  %t11 = fmul contract float %t4, %t10
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
  %t1 = mul i64 %r7, 6
  %t2 = add i64 1, %t1
  %t3 = add i64 %t2, %r8
  %t4 = mul i64 %r11, 36
  %t5 = add i64 %t3, %t4
  %t6 = icmp slt i64 %r8, 5
  %t7 = select i1 %t6, i64 %t5, i64 0
  %t8 = getelementptr inbounds float, ptr %data1, i64 %t7
  %t9 = load float, ptr %t8
  %t10 = select i1 %t6, float %t9, float 0x0000000000000000
  %t11 = mul i64 %r5, 18
  %t12 = add i64 5, %t11
  %t13 = mul i64 %r11, 9
  %t14 = add i64 %t12, %t13
  %t15 = getelementptr inbounds float, ptr %data2, i64 %t14
  %t16 = load float, ptr %t15
  %t17 = fmul contract float %t10, %t16
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
  %t1 = mul i64 %r7, 6
  %t2 = add i64 5, %t1
  %t3 = add i64 %t2, %r8
  %t4 = mul i64 %r11, 36
  %t5 = add i64 %t3, %t4
  %t6 = icmp slt i64 %r7, 5
  %t7 = icmp slt i64 0, %r8
  %t8 = and i1 %t6, %t7
  %t9 = select i1 %t8, i64 %t5, i64 0
  %t10 = getelementptr inbounds float, ptr %data1, i64 %t9
  %t11 = load float, ptr %t10
  %t12 = select i1 %t8, float %t11, float 0x0000000000000000
  %t13 = mul i64 %r5, 18
  %t14 = add i64 6, %t13
  %t15 = mul i64 %r11, 9
  %t16 = add i64 %t14, %t15
  %t17 = getelementptr inbounds float, ptr %data2, i64 %t16
  %t18 = load float, ptr %t17
  %t19 = fmul contract float %t12, %t18
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
  %t1 = mul i64 %r7, 6
  %t2 = add i64 6, %t1
  %t3 = add i64 %t2, %r8
  %t4 = mul i64 %r11, 36
  %t5 = add i64 %t3, %t4
  %t6 = icmp slt i64 %r7, 5
  %t7 = select i1 %t6, i64 %t5, i64 0
  %t8 = getelementptr inbounds float, ptr %data1, i64 %t7
  %t9 = load float, ptr %t8
  %t10 = select i1 %t6, float %t9, float 0x0000000000000000
  %t11 = mul i64 %r5, 18
  %t12 = add i64 7, %t11
  %t13 = mul i64 %r11, 9
  %t14 = add i64 %t12, %t13
  %t15 = getelementptr inbounds float, ptr %data2, i64 %t14
  %t16 = load float, ptr %t15
  %t17 = fmul contract float %t10, %t16
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
  %t1 = mul i64 %r15, 6
  %t2 = add i64 7, %t1
  %t3 = add i64 %t2, %r16
  %t4 = mul i64 %r19, 36
  %t5 = add i64 %t3, %t4
  %t6 = icmp slt i64 %r15, 5
  %t7 = icmp slt i64 %r16, 5
  %t8 = and i1 %t6, %t7
  %t9 = select i1 %t8, i64 %t5, i64 0
  %t10 = getelementptr inbounds float, ptr %data1, i64 %t9
  %t11 = load float, ptr %t10
  %t12 = select i1 %t8, float %t11, float 0x0000000000000000
  %t13 = mul i64 %r13, 18
  %t14 = add i64 8, %t13
  %t15 = mul i64 %r19, 9
  %t16 = add i64 %t14, %t15
  %t17 = getelementptr inbounds float, ptr %data2, i64 %t16
  %t18 = load float, ptr %t17
  %t19 = fmul contract float %t12, %t18
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
  %t26 = getelementptr inbounds float, ptr %data9, i64 %t25
  %t27 = load float, ptr %t26
  %t28 = getelementptr inbounds float, ptr %data10, i64 %t25
  %t29 = load float, ptr %t28
  %t30 = fadd float %t27, %t29
  %t31 = getelementptr inbounds float, ptr %data8, i64 %t25
  %t32 = load float, ptr %t31
  %t33 = fadd float %t30, %t32
  %t34 = getelementptr inbounds float, ptr %data7, i64 %t25
  %t35 = load float, ptr %t34
  %t36 = fadd float %t33, %t35
  %t37 = getelementptr inbounds float, ptr %data6, i64 %t25
  %t38 = load float, ptr %t37
  %t39 = fadd float %t36, %t38
  %t40 = getelementptr inbounds float, ptr %data5, i64 %t25
  %t41 = load float, ptr %t40
  %t42 = fadd float %t39, %t41
  %t43 = getelementptr inbounds float, ptr %data4, i64 %t25
  %t44 = load float, ptr %t43
  %t45 = fadd float %t42, %t44
  %t46 = getelementptr inbounds float, ptr %data3, i64 %t25
  %t47 = load float, ptr %t46
  %t48 = fadd float %t45, %t47
  %t49 = load float, ptr %acc17
  %t50 = fadd float %t48, %t49
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

