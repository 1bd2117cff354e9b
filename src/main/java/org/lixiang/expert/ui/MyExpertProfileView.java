package org.lixiang.expert.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Role;
import org.lixiang.base.ui.Notifications;
import org.lixiang.expert.ExpertProfileDetails;
import org.lixiang.expert.ExpertService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The expert keeps their own profile up to date: fields, availability, conflicts. */
@Route("expert/profile")
@Menu(title = "menu.expertProfile", order = 45)
@RolesAllowed(Role.EXPERT_NAME)
public class MyExpertProfileView extends VerticalLayout implements HasDynamicTitle {

    private final ExpertService experts;
    final ExpertProfileForm form;
    final Paragraph person = new Paragraph();
    final Paragraph noProfile = new Paragraph();
    private final long userId;
    private Long version;

    public MyExpertProfileView(ExpertService experts, Clock clock) {
        this.experts = experts;
        setMaxWidth("1000px");
        ExpertProfileDetails mine = experts.mine();
        userId = mine.userId();
        version = mine.version();
        person.setText(mine.name() + (mine.organizationName() == null ? "" : " · " + mine.organizationName()));
        person.setId("expert-person");
        noProfile.setText(getTranslation("expert.noProfileYet"));
        noProfile.setId("expert-no-profile");
        noProfile.setVisible(!mine.exists());
        form = new ExpertProfileForm(LocalDate.now(clock));
        form.setValue(mine.profile());
        form.addSaveListener(e -> save());
        add(new H2(getTranslation("menu.expertProfile")), person,
                new Paragraph(getTranslation("expert.myProfileIntro")), noProfile, form);
    }

    private void save() {
        try {
            version = version == null ? experts.create(userId, form.value())
                    : experts.update(userId, version, form.value());
            form.setValue(experts.mine().profile()); // as stored: empty rows dropped, texts trimmed
            form.saved();
            noProfile.setVisible(false);
            Notifications.success(getTranslation("expert.saved"));
        } catch (InvalidInputException problems) {
            form.showProblems(problems);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            form.saved();
            Notifications.error(getTranslation("error.concurrentEdit"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.expertProfile") + " · " + getTranslation("app.name");
    }
}
