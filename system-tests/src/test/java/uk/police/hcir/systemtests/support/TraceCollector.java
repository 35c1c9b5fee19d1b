package uk.police.hcir.systemtests.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * A stand-in for an OpenTelemetry collector: takes the spans the services export over OTLP/HTTP (protobuf,
 * optionally gzipped) and keeps, for each, the service that sent it and its trace, span and parent ids.
 */
public final class TraceCollector implements AutoCloseable {

    /** One exported span, as the collector understood it. */
    public record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name) {
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    private TraceCollector(HttpServer server) {
        this.server = server;
    }

    public static TraceCollector start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TraceCollector collector = new TraceCollector(server);
            server.createContext("/v1/traces", collector::receive);
            server.start();
            return collector;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address to give the services as {@code management.otlp.tracing.endpoint}. */
    public String tracesEndpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
    }

    public List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    public List<ReceivedSpan> spansOfTrace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    body = unzipped.readAllBytes();
                }
            }
            spans.addAll(exportRequest(body));
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, 0);
        }
    }

    private static List<ReceivedSpan> exportRequest(byte[] request) {
        List<ReceivedSpan> received = new ArrayList<>();
        for (Field resourceSpans : Field.all(request)) {
            if (resourceSpans.number() != 1) {
                continue;
            }
            String service = "";
            List<byte[]> scopeSpans = new ArrayList<>();
            for (Field field : Field.all(resourceSpans.bytes())) {
                if (field.number() == 1) {
                    service = serviceNameOf(field.bytes());
                } else if (field.number() == 2) {
                    scopeSpans.add(field.bytes());
                }
            }
            for (byte[] scope : scopeSpans) {
                for (Field span : Field.all(scope)) {
                    if (span.number() == 2) {
                        received.add(span(service, span.bytes()));
                    }
                }
            }
        }
        return received;
    }

    private static String serviceNameOf(byte[] resource) {
        for (Field attribute : Field.all(resource)) {
            if (attribute.number() != 1) {
                continue;
            }
            String key = null;
            String value = null;
            for (Field part : Field.all(attribute.bytes())) {
                if (part.number() == 1) {
                    key = part.text();
                } else if (part.number() == 2) {
                    for (Field anyValue : Field.all(part.bytes())) {
                        if (anyValue.number() == 1) {
                            value = anyValue.text();
                        }
                    }
                }
            }
            if ("service.name".equals(key)) {
                return value;
            }
        }
        return "";
    }

    private static ReceivedSpan span(String service, byte[] span) {
        String traceId = "";
        String spanId = "";
        String parentSpanId = "";
        String name = "";
        for (Field field : Field.all(span)) {
            switch (field.number()) {
                case 1 -> traceId = HexFormat.of().formatHex(field.bytes());
                case 2 -> spanId = HexFormat.of().formatHex(field.bytes());
                case 4 -> parentSpanId = HexFormat.of().formatHex(field.bytes());
                case 5 -> name = field.text();
                default -> {
                }
            }
        }
        return new ReceivedSpan(service, traceId, spanId, parentSpanId, name);
    }

    /** One field of a protobuf message, read from the wire format: only what the OTLP messages above need. */
    private record Field(int number, byte[] bytes) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        static List<Field> all(byte[] message) {
            List<Field> fields = new ArrayList<>();
            int[] at = {0};
            while (at[0] < message.length) {
                long key = varint(message, at);
                int number = (int) (key >>> 3);
                int wireType = (int) (key & 7);
                switch (wireType) {
                    case 0 -> {
                        varint(message, at);
                        fields.add(new Field(number, new byte[0]));
                    }
                    case 1 -> at[0] += 8;
                    case 2 -> {
                        int length = (int) varint(message, at);
                        byte[] value = new byte[length];
                        System.arraycopy(message, at[0], value, 0, length);
                        at[0] += length;
                        fields.add(new Field(number, value));
                    }
                    case 5 -> at[0] += 4;
                    default -> throw new IllegalArgumentException("Unexpected protobuf wire type " + wireType);
                }
            }
            return fields;
        }

        private static long varint(byte[] message, int[] at) {
            long value = 0;
            int shift = 0;
            while (true) {
                byte next = message[at[0]++];
                value |= (long) (next & 0x7f) << shift;
                if ((next & 0x80) == 0) {
                    return value;
                }
                shift += 7;
            }
        }
    }
}
