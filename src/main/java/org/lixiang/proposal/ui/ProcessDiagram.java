package org.lixiang.proposal.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Collection;
import org.lixiang.workflow.ProcessHistory.Position;

/**
 * The deployed BPMN diagram of a proposal's process, drawn in the browser by bpmn-js (MIT-style
 * bpmn.io licence, from npm) through the small {@code lixiang-process-diagram} web component,
 * with the passed elements and the current ones marked.
 */
@Tag("lixiang-process-diagram")
@NpmPackage(value = "bpmn-js", version = "18.6.3")
@JsModule("./components/lixiang-process-diagram.js")
@CssImport("bpmn-js/dist/assets/diagram-js.css")
@CssImport("bpmn-js/dist/assets/bpmn-js.css")
@CssImport("./components/lixiang-process-diagram.css")
class ProcessDiagram extends Component {

    private static final ObjectMapper JSON = new ObjectMapper();

    ProcessDiagram(Position position) {
        getElement().setProperty("xml", position.bpmnXml());
        getElement().setProperty("done", json(position.done()));
        getElement().setProperty("current", json(position.current()));
    }

    private static String json(Collection<String> ids) {
        try {
            return JSON.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
