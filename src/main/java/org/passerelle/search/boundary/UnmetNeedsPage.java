package org.passerelle.search.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.passerelle.search.control.UnmetNeeds;

/** For coordinators: what people searched in the toolbox without finding anything (/admin/besoins.xhtml). */
@Named
@RequestScoped
public class UnmetNeedsPage {
    static final List<Integer> PERIODS = List.of(30, 90, 365);

    @Inject
    UnmetNeeds unmetNeeds;

    private Integer days = 90;
    private List<UnmetNeeds.Need> needs = List.of();

    /** Runs once the URL parameters are set (f:viewAction). */
    public void load() {
        if (days == null || !PERIODS.contains(days)) {
            days = 90;
        }
        needs = unmetNeeds.since(days);
    }

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    public List<UnmetNeeds.Need> getNeeds() {
        return needs;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }
}
