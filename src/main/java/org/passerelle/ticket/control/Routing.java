package org.passerelle.ticket.control;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.passerelle.identity.entity.Organization;
import org.passerelle.pool.entity.SupportPool;

/**
 * Which support pool answers a new request: a regional pool serving the organization's network
 * and region first, then a province-wide pool serving its network, then any province-wide pool.
 */
public final class Routing {
    private Routing() {
    }

    public static Optional<SupportPool> poolFor(Organization organization, List<SupportPool> pools) {
        Comparator<SupportPool> byId = Comparator.comparing(SupportPool::getId,
                Comparator.nullsLast(Comparator.naturalOrder()));
        if (organization != null && organization.getNetwork() != null) {
            String region = organization.getRegion().getCode();
            Optional<SupportPool> regional = pools.stream()
                    .filter(p -> !p.isProvinceWide() && p.getRegionCodes().contains(region)
                            && p.getNetworks().contains(organization.getNetwork()))
                    .min(byId);
            if (regional.isPresent()) {
                return regional;
            }
            Optional<SupportPool> networkWide = pools.stream()
                    .filter(p -> p.isProvinceWide() && p.getNetworks().contains(organization.getNetwork()))
                    .min(byId);
            if (networkWide.isPresent()) {
                return networkWide;
            }
        }
        return pools.stream().filter(SupportPool::isProvinceWide).min(byId);
    }
}
