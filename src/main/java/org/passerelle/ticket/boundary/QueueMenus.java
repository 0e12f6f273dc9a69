package org.passerelle.ticket.boundary;

import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.passerelle.platform.web.Messages;
import org.passerelle.ticket.control.DeskViews;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Urgency;

/**
 * The options of the queue's filter menus, made once per view and language as ready
 * {@link SelectItem}s. An {@code f:selectItems} with {@code var}, {@code itemValue} and
 * {@code itemLabel} evaluates two EL expressions per option at every rendering (about a hundred
 * options in seven menus); a list of items is simply written out.
 */
public record QueueMenus(Locale locale, List<SelectItem> statuses, List<SelectItem> categories,
                  List<SelectItem> urgencies, List<SelectItem> regions, List<SelectItem> networks,
                  List<SelectItem> organizations, List<SelectItem> agents) implements Serializable {

    static QueueMenus of(DeskViews.QueueChoices choices, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        return new QueueMenus(locale,
                labelled(Status.values(), s -> bundle.getString("status." + s.name())),
                labelled(Category.values(), c -> bundle.getString("category." + c.code())),
                labelled(Urgency.values(), u -> bundle.getString("urgency." + u.name())),
                options(choices.regions()), options(choices.networks()), options(choices.organizations()),
                choices.agents().stream().map(a -> new SelectItem(a.login(), a.name())).toList());
    }

    private static <T> List<SelectItem> labelled(T[] values, Function<T, String> label) {
        return Arrays.stream(values).map(v -> new SelectItem(v, label.apply(v))).toList();
    }

    private static List<SelectItem> options(List<DeskViews.Option> options) {
        return options.stream().map(o -> new SelectItem(o.value(), o.label())).toList();
    }

    // JavaBean getters for the page: EL resolves properties from a cache, record accessors by reflection

    public List<SelectItem> getStatuses() {
        return statuses;
    }

    public List<SelectItem> getCategories() {
        return categories;
    }

    public List<SelectItem> getUrgencies() {
        return urgencies;
    }

    public List<SelectItem> getRegions() {
        return regions;
    }

    public List<SelectItem> getNetworks() {
        return networks;
    }

    public List<SelectItem> getOrganizations() {
        return organizations;
    }

    public List<SelectItem> getAgents() {
        return agents;
    }
}
