package io.tillbridge.zoho.auth;

import io.tillbridge.client.Secret;
import io.tillbridge.client.auth.Authentication;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the Zoho client gets its OAuth access token: Zoho's {@link Authentication}, in Zoho's words
 * ({@code current}, {@code invalidate}) — the credential is the token, sent as {@code Zoho-oauthtoken}.
 */
public interface AccessTokens extends Authentication {

    /**
     * A token valid now, refreshing first if it is about to expire.
     *
     * @return the access token
     */
    Secret current();

    /**
     * Zoho refused this token (HTTP 401, code 57 or 14): drop it so the next {@link #current()}
     * refreshes. A token other than the cached one is ignored, so many threads failing together cause
     * one refresh.
     *
     * @param refused the token Zoho refused
     */
    void invalidate(Secret refused);

    @Override
    default Secret credential() {
        return current();
    }

    @Override
    default void refused(Secret refused) {
        invalidate(refused);
    }

    /** None by default: a host that supplies tokens keeps its own secrets. */
    @Override
    default List<Secret> secrets() {
        return List.of();
    }

    /**
     * The API domain the token server named ({@code api_domain}), once known.
     *
     * @return the API domain, or empty until a token server has named one
     */
    default Optional<URI> apiDomain() {
        return Optional.empty();
    }

    /**
     * For hosts that manage tokens themselves: Tillbridge only asks for the current one.
     *
     * @param supplier gives the current access token
     * @return the access tokens
     */
    static AccessTokens supplied(Supplier<Secret> supplier) {
        return new AccessTokens() {
            @Override
            public Secret current() {
                Secret token = supplier.get();
                if (token == null) {
                    throw new io.tillbridge.client.ValidationException("accessTokens", "the supplier gave no token");
                }
                return token;
            }

            @Override
            public void invalidate(Secret refused) {
                // The host owns refreshing; the next get() returns whatever it has.
            }
        };
    }
}
