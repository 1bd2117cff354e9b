package org.lixiang.call;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stands in for the proposal feature in tests: a call has proposals once a test says so. Import
 * {@link Config} to register it.
 */
public class ProposalsExist implements CallUsage {

    private final Set<Long> calls = ConcurrentHashMap.newKeySet();

    public void add(long callId) {
        calls.add(callId);
    }

    @Override
    public boolean hasProposals(long callId) {
        return calls.contains(callId);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {
        @Bean
        ProposalsExist proposalsExist() {
            return new ProposalsExist();
        }
    }
}
