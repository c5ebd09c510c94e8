define void @kernel0(ptr noalias %data0, ptr noalias %data1, i64 %start, i64 %end) nounwind {
entry:
  %acc5 = alloca float
  br label %loop4
loop4:
  %r4 = phi i64 [%start, %entry], [%r4.next, %loop4.latch]
  store float 0x0000000000000000, ptr %acc5
  br label %loop7
loop7:
  %r7 = phi i64 [0, %loop4], [%r7.next, %loop7.latch]
  %t1 = mul i64 %r4, 32
  %t2 = add i64 %t1, %r7
  %t3 = getelementptr inbounds float, ptr %data1, i64 %t2
  %t4 = load float, ptr %t3
  %t5 = load float, ptr %acc5
  %t6 = fadd reassoc nsz contract float %t5, %t4
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

