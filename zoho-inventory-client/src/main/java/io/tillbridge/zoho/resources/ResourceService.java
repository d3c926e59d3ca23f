package io.tillbridge.zoho.resources;

import io.tillbridge.zoho.internal.ZohoConnection;
import io.tillbridge.zoho.model.CustomFieldValue;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What every Zoho resource service offers: get, lazy list, one page, create, update, delete and
 * custom fields. The subclasses add each resource's own actions.
 *
 * @param <T> the record read
 * @param <I> the input written
 */
public abstract class ResourceService<T, I> {

    final Resource<T> resource;

    ResourceService(ZohoConnection connection, String path, List<String> singularKeys, List<String> pluralKeys, Class<T> type) {
        this.resource = new Resource<>(connection, path, singularKeys, pluralKeys, type);
    }

    /**
     * Reads one.
     *
     * @param id the record's id
     * @return the record
     * @throws io.tillbridge.zoho.ZohoApiException with {@link io.tillbridge.zoho.ZohoApiException#isNotFound()}
     *     when there is none
     */
    public T get(String id) {
        return resource.get(id);
    }

    /**
     * Every matching record, fetched lazily a page of 200 at a time; memory stays one page.
     *
     * @param query the filters
     * @return the records
     */
    public Stream<T> list(ListQuery query) {
        return resource.stream(query);
    }

    /**
     * One page of matching records, for callers that page themselves.
     *
     * @param query the filters
     * @param page  the page number, from 1
     * @return the page
     */
    public Page<T> page(ListQuery query, int page) {
        return resource.page(query, page);
    }

    /**
     * Creates one; an ambiguous failure is not retried (Zoho has no idempotency key).
     *
     * @param input the record to create
     * @return the created record
     */
    public T create(I input) {
        return resource.create(input, Map.of());
    }

    /**
     * Updates one; null fields are left as they are.
     *
     * @param id    the record's id
     * @param input the fields to change
     * @return the updated record
     */
    public T update(String id, I input) {
        return resource.update(id, input);
    }

    /**
     * Deletes one.
     *
     * @param id the record's id
     */
    public void delete(String id) {
        resource.delete(id);
    }

    /**
     * Writes custom fields by {@code customfield_id} or {@code api_name}: through the resource's
     * documented custom-field endpoint where it has one, otherwise with an update that carries the
     * fields the resource's update requires (see {@link #requiredOnUpdate()}).
     *
     * @param id     the record's id
     * @param values the custom field values
     * @return the updated record
     */
    public T setCustomFields(String id, List<CustomFieldValue> values) {
        String endpoint = customFieldsEndpoint();
        return endpoint != null ? resource.updateCustomFieldsAt(endpoint, id, values)
                : resource.updateCustomFieldsWith(id, values, requiredOnUpdate());
    }

    /** The singular path of a documented {@code /{path}/{id}/customfields} endpoint, or null when there is none. */
    String customFieldsEndpoint() {
        return null;
    }

    /** The fields the resource's update schema requires; sent back unchanged when writing custom fields. */
    List<String> requiredOnUpdate() {
        return List.of();
    }
}
