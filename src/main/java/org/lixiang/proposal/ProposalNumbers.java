package org.lixiang.proposal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proposal numbers {@code 2026-KJ-0001}: a counter per call year. The counter row is locked by
 * the increment until the submitting transaction ends, so two submissions never share a number
 * and a rolled-back submission gives its number back.
 */
@Component
class ProposalNumbers {

    private final JdbcTemplate jdbc;
    /** Creates a year's counter in a transaction of its own (the year's first submission only). */
    private final TransactionTemplate own;

    ProposalNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The next number of the year; call inside the submitting transaction. Only the year's first
     * submission finds no counter: it creates it on its own, committed at once, so that two first
     * submissions racing each other both find it (one insert loses harmlessly) and neither holds
     * an insert lock until its own submission ends. Every other submission is one transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(int year) {
        if (increment(year) == 0) {
            own.executeWithoutResult(status -> createCounter(year, status));
            if (increment(year) != 1) {
                throw new IllegalStateException("no proposal number counter for " + year);
            }
        }
        Integer value = jdbc.queryForObject(
                "select last_value from proposal_number_counter where number_year = ?", Integer.class, year);
        return String.format("%d-KJ-%04d", year, value);
    }

    private int increment(int year) {
        return jdbc.update("update proposal_number_counter set last_value = last_value + 1 where number_year = ?", year);
    }

    private void createCounter(int year, org.springframework.transaction.TransactionStatus status) {
        try {
            jdbc.update("insert into proposal_number_counter (number_year, last_value) values (?, 0)", year);
        } catch (DuplicateKeyException created) {
            // another submission created it first; this transaction failed and is only rolled back
            status.setRollbackOnly();
        }
    }
}
