package org.lixiang.call;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CallDeadlineChangeRepository extends JpaRepository<CallDeadlineChange, Long> {

    List<CallDeadlineChange> findByCallIdOrderByIdAsc(long callId);
}
