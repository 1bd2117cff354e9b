package org.lixiang.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code lixiang.demo-data}: auto (embedded H2 only), always, or never; and the datasource it checks. */
@ConfigurationProperties(prefix = "lixiang")
record DemoDataProperties(String demoData) {

    enum Mode { AUTO, ALWAYS, NEVER }

    Mode mode() {
        return demoData == null ? Mode.AUTO : Mode.valueOf(demoData.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
