package org.lixiang.base.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByActionOrderByIdDesc(String action, Pageable page);

    List<AuditEntry> findByObjectTypeAndObjectIdOrderByIdAsc(String objectType, String objectId);

    long countByAction(String action);
}
