package org.lixiang.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP side of one user's browser: its own cookies (the session) over an {@link HttpClient}
 * shared by all simulated users, redirects not followed (the login's answer is one), every
 * exchange timed from sending the request to having read the whole response, and every outcome
 * handed to the {@link FlowClient.Recorder}: a failed request is recorded as an error, never as
 * a time.
 */
final class UserAgent {

    /** Null if the response is what a browser expects, else what is wrong with it. */
    interface Check {
        String problem(HttpResponse<String> response);
    }

    private final HttpClient http;
    private final URI base;
    private final FlowClient.Recorder recorder;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    UserAgent(HttpClient http, URI base, FlowClient.Recorder recorder) {
        this.http = http;
        this.base = base;
        this.recorder = recorder;
    }

    /** The HTTP client a load run shares between its users. */
    static HttpClient sharedClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    URI resolve(String path) {
        return base.resolve(path);
    }

    /** An exchange that must answer this status and pass the check; recorded either way. */
    HttpResponse<String> send(String kind, HttpRequest.Builder request, int status, Check check) {
        long[] nanos = new long[1];
        HttpResponse<String> r = exchange(kind, request, nanos);
        String problem = r.statusCode() != status ? "HTTP " + r.statusCode() + " (expected " + status + ")"
                + r.headers().firstValue("Location").map(l -> " to " + l).orElse("") : check.problem(r);
        recorder.request(kind, nanos[0], problem);
        if (problem != null) {
            throw new ProtocolError(kind + ": " + problem);
        }
        return r;
    }

    /**
     * Sends with the user's cookies, times the exchange and keeps the cookies the answer sets.
     * An I/O failure (refused, timed out after 60 s) is recorded here; anything else about the
     * answer is for the caller to judge and record, with {@code nanos[0]} the time it took.
     */
    HttpResponse<String> exchange(String kind, HttpRequest.Builder request, long[] nanos) {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            request.header("Cookie", header.toString());
        }
        request.header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").timeout(Duration.ofSeconds(60));
        long t0 = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            nanos[0] = System.nanoTime() - t0;
            recorder.request(kind, nanos[0], e.toString());
            throw new ProtocolError(kind + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProtocolError(kind + ": interrupted", e);
        }
        nanos[0] = System.nanoTime() - t0;
        for (String set : r.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String name = pair.substring(0, eq).trim();
                if (set.toLowerCase(Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, pair.substring(eq + 1).trim());
                }
            }
        }
        return r;
    }

    void record(String kind, long nanos, String problem) {
        recorder.request(kind, nanos, problem);
    }
}
