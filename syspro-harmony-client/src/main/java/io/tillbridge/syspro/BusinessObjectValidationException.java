package io.tillbridge.syspro;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Layer 3 of SYSPRO's errors (reference: syspro.md §2): well-formed XML whose items carry
 * {@code ErrorNumber} / {@code ErrorDescription} blocks, with a {@code StatusOfItems} trailer counting
 * the invalid ones. Every field error is kept, in document order.
 * With {@code ApplyIfEntireDocumentValid=N} valid items may have been applied even though others were
 * not; {@link #statusOfItems()} says how many.
 */
public class BusinessObjectValidationException extends SysproApiException {

    private static final long serialVersionUID = 1L;

    /** The business object that refused the document. */
    private final String businessObject;
    private final transient List<ItemError> errors;
    private final transient Map<String, String> statusOfItems;

    /**
     * Creates the exception.
     *
     * @param businessObject the business object that refused the document
     * @param errors         every field error, in document order
     * @param statusOfItems  the {@code StatusOfItems} trailer
     */
    public BusinessObjectValidationException(String businessObject, List<ItemError> errors, Map<String, String> statusOfItems) {
        super(200, errors.stream().map(ItemError::errorNumber).filter(n -> !n.isEmpty()).distinct().toList(),
                businessObject + " refused " + errors.size() + " field(s): "
                        + errors.stream().map(ItemError::toString).collect(Collectors.joining("; "))
                        + (statusOfItems.isEmpty() ? "" : " " + statusOfItems));
        this.businessObject = businessObject;
        this.errors = List.copyOf(errors);
        this.statusOfItems = Map.copyOf(statusOfItems);
    }

    /**
     * The business object that refused the document.
     *
     * @return the business object
     */
    public String businessObject() {
        return businessObject;
    }

    /**
     * Every field error, in document order.
     *
     * @return the errors
     */
    public List<ItemError> errors() {
        return errors;
    }

    /**
     * The {@code StatusOfItems} trailer, for example {@code RecordsRead=1, RecordsInvalid=1}.
     *
     * @return the trailer's values
     */
    public Map<String, String> statusOfItems() {
        return statusOfItems;
    }

    /**
     * One field error.
     *
     * @param element     the element that carried it (for example {@code stockcode}); the document's
     *                    own case
     * @param value       the value SYSPRO refused, when it echoed one
     * @param errorNumber SYSPRO's error number (for example {@code 240004}), or empty
     * @param description SYSPRO's description, redacted
     */
    public record ItemError(String element, String value, String errorNumber, String description) {
        @Override
        public String toString() {
            return element + (value.isEmpty() ? "" : " '" + value + "'") + (errorNumber.isEmpty() ? "" : " [" + errorNumber + "]")
                    + ": " + description;
        }
    }
}
