define void @kernel0(ptr noalias %data0, ptr noalias %data1, ptr noalias %data2, i64 %start, i64 %end) nounwind {
entry:
  br label %loop5
loop5:
  %r5 = phi i64 [%start, %entry], [%r5.next, %loop5.latch]
  %t1 = getelementptr inbounds float, ptr %data1, i64 %r5
  %t2 = load float, ptr %t1
  %t3 = getelementptr inbounds float, ptr %data2, i64 %r5
  %t4 = load float, ptr %t3
  %t5 = fadd float %t2, %t4
  %t6 = getelementptr inbounds float, ptr %data0, i64 %r5
  store float %t5, ptr %t6
  br label %loop5.latch
loop5.latch:
  %r5.next = add nuw nsw i64 %r5, 1
  %r5.more = icmp slt i64 %r5.next, %end
  br i1 %r5.more, label %loop5, label %loop5.exit
loop5.exit:
  ret void
}

