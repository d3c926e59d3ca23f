package io.tillbridge.sandbox;

import java.util.Map;

/**
 * What an emulator answers.
 *
 * @param status  HTTP status
 * @param body    the body; empty for none
 * @param headers extra headers
 */
public record EmulatorReply(int status, String body, Map<String, String> headers) {

    public static EmulatorReply json(int status, String body) {
        return new EmulatorReply(status, body, Map.of("Content-Type", "application/json"));
    }

    public static EmulatorReply xml(String body) {
        return new EmulatorReply(200, body, Map.of("Content-Type", "text/xml"));
    }

    public static EmulatorReply empty(int status) {
        return new EmulatorReply(status, "", Map.of());
    }
}
