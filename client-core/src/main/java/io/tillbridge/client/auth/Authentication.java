package io.tillbridge.client.auth;

import io.tillbridge.client.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * How a client proves who it is, the one shape every Tillbridge client uses (docs/clients.md): a
 * credential for the next attempt, a way to drop one the server refused, and the secrets to mask.
 * The client decides where the credential goes (a header, a query parameter, an XML field); this
 * decides what it is and when it is renewed. Implementations are thread-safe; a renewing one
 * renews once for all threads waiting on it.
 */
public interface Authentication {

    /**
     * The credential for the next attempt, fetching or renewing it first when needed.
     *
     * @return the credential
     */
    Secret credential();

    /**
     * The server refused {@code refused} (HTTP 401 or the system's own code): forget it so the next
     * {@link #credential()} gets a fresh one. Clients call this at most once per call and then
     * retry once. Credentials that cannot be renewed ignore it.
     *
     * @param refused the credential the server refused
     */
    default void refused(Secret refused) {
    }

    /**
     * Every secret this holds or has issued, for the client's redactor.
     *
     * @return the secrets
     */
    List<Secret> secrets();

    /**
     * A fixed credential, sent as it is (an API key, a token the host manages).
     *
     * @param credential the credential
     * @return the authentication
     */
    static Authentication fixed(Secret credential) {
        io.tillbridge.client.ValidationException.required(credential, "credential");
        return new Authentication() {
            @Override
            public Secret credential() {
                return credential;
            }

            @Override
            public List<Secret> secrets() {
                return List.of(credential);
            }
        };
    }

    /**
     * HTTP Basic: the credential is the whole header value, {@code Basic base64(user:password)}.
     *
     * @param user     the user name
     * @param password the password
     * @return the authentication
     */
    static Authentication basic(Secret user, Secret password) {
        io.tillbridge.client.ValidationException.required(user, "user");
        io.tillbridge.client.ValidationException.required(password, "password");
        Secret header = Secret.of("Basic " + Base64.getEncoder().encodeToString(
                (user.reveal() + ":" + password.reveal()).getBytes(StandardCharsets.UTF_8)));
        return new Authentication() {
            @Override
            public Secret credential() {
                return header;
            }

            @Override
            public List<Secret> secrets() {
                return List.of(user, password, header);
            }
        };
    }
}
