package io.tillbridge.kashflow;

import io.tillbridge.client.AuthenticationException;
import java.util.List;

/**
 * KashFlow locked the user after failed logins ({@code "Error":"AccountLocked"}, "User account is
 * locked, please contact administrator.", reference: kashflow.md §1). Final: the client makes no
 * further login attempt with these credentials — each one would count as another failure — and
 * every later call fails at once with this exception until a person unlocks the user and the host
 * builds a new client.
 */
public class AccountLockedException extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status    the HTTP status
     * @param message   KashFlow's message
     * @param requestId the request id, or null
     */
    public AccountLockedException(int status, String message, String requestId) {
        super("KashFlow", status, List.of("AccountLocked"), message, requestId);
    }
}
