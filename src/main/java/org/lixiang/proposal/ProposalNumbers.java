package org.lixiang.proposal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposal numbers {@code 2026-KJ-0001}: a counter per call year. The counter row is locked by
 * the increment until the submitting transaction ends, so two submissions never share a number
 * and a rolled-back submission gives its number back.
 */
@Component
class ProposalNumbers {

    private final JdbcTemplate jdbc;

    ProposalNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the year's counter on its own, so that a race between two first submissions is harmless. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensureCounter(int year) {
        Integer exists = jdbc.queryForObject(
                "select count(*) from proposal_number_counter where number_year = ?", Integer.class, year);
        if (exists != null && exists == 0) {
            try {
                jdbc.update("insert into proposal_number_counter (number_year, last_value) values (?, 0)", year);
            } catch (DuplicateKeyException created) {
                // another submission created it first
            }
        }
    }

    /** The next number of the year; call inside the submitting transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(int year) {
        jdbc.update("update proposal_number_counter set last_value = last_value + 1 where number_year = ?", year);
        Integer value = jdbc.queryForObject(
                "select last_value from proposal_number_counter where number_year = ?", Integer.class, year);
        return String.format("%d-KJ-%04d", year, value);
    }
}
