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

    /**
     * A JSON answer.
     *
     * @param status HTTP status
     * @param body   the JSON text
     * @return the reply
     */
    public static EmulatorReply json(int status, String body) {
        return new EmulatorReply(status, body, Map.of("Content-Type", "application/json"));
    }

    /**
     * An XML answer with status 200, as the Opayo Reporting API gives even for its errors.
     *
     * @param body the XML text
     * @return the reply
     */
    public static EmulatorReply xml(String body) {
        return new EmulatorReply(200, body, Map.of("Content-Type", "text/xml"));
    }

    /**
     * An answer without a body.
     *
     * @param status HTTP status, for example 204
     * @return the reply
     */
    public static EmulatorReply empty(int status) {
        return new EmulatorReply(status, "", Map.of());
    }
}
