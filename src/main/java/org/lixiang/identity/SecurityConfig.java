package org.lixiang.identity;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.identity.ui.LoginView;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Vaadin-aware Spring Security: form login through {@link LoginView}, session id changed at
 * login (Spring's default session-fixation protection), session invalidated at logout.
 * The actuator endpoints have a chain of their own (README, Operations): health open to a load
 * balancer without details, everything else for the ADMIN role over HTTP Basic, no session.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http, AccountDetailsService accounts,
                                                    PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit)
            throws Exception {
        // same accounts, throttle and failure audit as the login page; a scraper's successes are not audited
        // the whole path, not only the exposed endpoints: nothing under it falls through to Vaadin's chain
        http.securityMatcher("/actuator", "/actuator/**")
                .authenticationManager(authenticationManager(accounts, encoder, throttle, audit, false))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .anyRequest().hasRole(Role.ADMIN_NAME))
                .httpBasic(basic -> { })
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // read-only GETs with credentials in every request, no cookie: nothing for CSRF to ride on
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.accessDeniedHandler(new AuditedAccessDeniedHandler(audit)));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountDetailsService accounts,
                                            PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit)
            throws Exception {
        // set explicitly: Spring would otherwise build its own provider from the UserDetailsService bean
        http.authenticationManager(authenticationManager(accounts, encoder, throttle, audit, true));
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/images/**", "/icons/**").permitAll());
        http.headers(headers -> headers
                .contentTypeOptions(c -> { })
                .referrerPolicy(r -> r.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // BCrypt by default, with the algorithm id stored in the hash so it can be upgraded later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder encoder,
                                                LoginThrottle throttle, AuditLog audit, boolean auditSuccess) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
        dao.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(
                new ThrottledAuthenticationProvider(dao, throttle, audit, auditSuccess));
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }
}
