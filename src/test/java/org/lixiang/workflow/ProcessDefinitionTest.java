package org.lixiang.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lixiang.base.Messages;

/** The BPMN files name screens and steps that exist: labels in both languages, diagram shapes for every node. */
class ProcessDefinitionTest {

    static String bpmn() throws Exception {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(Path.of("processes"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".bpmn20.xml")).sorted().toList()) {
                all.append(Files.readString(f));
            }
        }
        return all.toString();
    }

    static List<String> ids(String xml, String element) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("<" + element + "\\s+id=\"([^\"]+)\"").matcher(xml);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void everyUserTaskHasAStepLabelInBothLanguages() throws Exception {
        Messages messages = new Messages();
        List<String> tasks = ids(bpmn(), "userTask");
        assertThat(tasks).contains("formalReview", "revise", "confirmExperts", "review", "prepareFundingPlan",
                "approveFundingPlan", "handleObjection");
        for (String task : tasks) {
            for (Locale locale : List.of(Messages.CHINESE, Messages.ENGLISH)) {
                assertThat(messages.getTranslation("step." + task, locale)).as(task + " " + locale).doesNotStartWith("!");
            }
        }
    }

    @Test
    void everyFlowNodeAndSequenceFlowHasDiagramInformation() throws Exception {
        String xml = bpmn();
        List<String> nodes = new ArrayList<>();
        for (String element : List.of("startEvent", "endEvent", "userTask", "serviceTask", "exclusiveGateway",
                "subProcess", "boundaryEvent", "intermediateCatchEvent", "receiveTask", "eventBasedGateway", "sequenceFlow")) {
            nodes.addAll(ids(xml, element));
        }
        for (String node : nodes) {
            assertThat(xml).as(node).containsPattern("bpmnElement=\"" + Pattern.quote(node) + "\"");
        }
    }
}
