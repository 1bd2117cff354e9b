package org.lixiang.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** SMTP when a host is configured, the log otherwise (the zero-set-up default). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfig {

    @Bean
    MailTransport mailTransport(MailSettings settings) {
        return settings.smtpConfigured() ? new SmtpMailTransport(settings) : new LogMailTransport();
    }
}
