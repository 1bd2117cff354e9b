package org.lixiang.export.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/** Karibu helpers for an {@link ExportButton}: wait for its file, then follow its link as a browser would. */
public final class ExportDownloads {

    private ExportDownloads() {
    }

    /** What the link's handler sent. */
    public record Download(String contentType, byte[] body, Map<String, String> headers) {
    }

    /**
     * Lets the worker's UI updates in (the test thread holds the session lock, so they queue) until
     * the download link of the button with this id shows.
     */
    public static Anchor await(String buttonId) throws InterruptedException {
        long until = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < until) {
            MockVaadin.clientRoundtrip();
            // the link is invisible until the file is ready, so it is reached through its button
            Anchor link = ((ExportButton) _get(Button.class, s -> s.withId(buttonId)).getParent().orElseThrow())
                    .downloadLink();
            if (link.isVisible()) {
                return link;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("export " + buttonId + " did not finish");
    }

    /** Follows the link: its handler, found through the session's resource registry, writes the response. */
    public static Download fetch(Anchor link) throws Exception {
        StreamResourceRegistry.ElementStreamResource resource = VaadinSession.getCurrent().getResourceRegistry()
                .getResource(StreamResourceRegistry.ElementStreamResource.class, new URI(link.getHref())).orElseThrow();
        DownloadHandler handler = (DownloadHandler) resource.getElementRequestHandler();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> headers = new HashMap<>();
        String[] type = new String[1];
        VaadinResponse response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(body);
        doAnswer(a -> headers.put(a.getArgument(0), a.getArgument(1))).when(response).setHeader(anyString(), anyString());
        doAnswer(a -> type[0] = a.getArgument(0)).when(response).setContentType(anyString());
        handler.handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), response, VaadinSession.getCurrent(),
                link.getElement()));
        return new Download(type[0], body.toByteArray(), headers);
    }
}
