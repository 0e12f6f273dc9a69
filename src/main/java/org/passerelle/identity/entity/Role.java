package org.passerelle.identity.entity;

/** What a person may do; the names are the Jakarta Security groups and roles. */
public enum Role {
    MEMBER("member"),
    PEER_HELPER("peer-helper"),
    AGENT("agent"),
    POOL_LEAD("pool-lead"),
    COORDINATOR("coordinator"),
    ADMIN("admin");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The role name used in web.xml, security annotations and the API. */
    public String roleName() {
        return roleName;
    }

    public static Role fromRoleName(String name) {
        for (Role role : values()) {
            if (role.roleName.equals(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role: " + name);
    }
}
