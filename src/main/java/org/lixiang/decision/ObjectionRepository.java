package org.lixiang.decision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectionRepository extends JpaRepository<Objection, Long> {

    long countByPlanIdAndStatus(long planId, Objection.Status status);

    List<Objection> findByObjectorIdOrderByIdDesc(long objectorId);
}
