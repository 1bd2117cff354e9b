package org.lixiang.identity;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.identity.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Vaadin-aware Spring Security: form login through {@link LoginView}, session id changed at
 * login (Spring's default session-fixation protection), session invalidated at logout.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountDetailsService accounts,
                                            PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit)
            throws Exception {
        // set explicitly: Spring would otherwise build its own provider from the UserDetailsService bean
        http.authenticationManager(authenticationManager(accounts, encoder, throttle, audit));
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
                                                LoginThrottle throttle, AuditLog audit) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(accounts);
        dao.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle, audit));
        manager.setEraseCredentialsAfterAuthentication(true);
        return manager;
    }
}
