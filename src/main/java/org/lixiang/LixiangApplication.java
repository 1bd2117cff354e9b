package org.lixiang;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Lixiang (立项): science and technology project approval portal. */
@SpringBootApplication
@Theme("lixiang")
public class LixiangApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(LixiangApplication.class, args);
    }
}
