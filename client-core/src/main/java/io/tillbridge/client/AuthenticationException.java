package io.tillbridge.client;

import java.util.List;

/** The credentials were missing, wrong, expired or revoked. Retrying will not help. */
public class AuthenticationException extends ApiException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(String system, int status, List<String> codes, String message, String requestId) {
        super(system, status, codes, message, requestId);
    }
}
