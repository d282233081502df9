package org.givefirst.webhooks.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.util.List;
import org.givefirst.webhooks.config.WebhooksConfig;
import org.givefirst.webhooks.domain.TargetRules;

/** The target rules as configured, with the system's DNS resolver. */
@ApplicationScoped
public class Targets {

    private final TargetRules rules;

    public Targets(WebhooksConfig config) {
        WebhooksConfig.Targets t = config.targets();
        this.rules = new TargetRules(t.requireHttps(), t.allowLoopback(), t.allowPrivate(), t.allowLinkLocal());
    }

    /** Checks a URL and every address of its host now. @throws TargetRules.Refused with the reason */
    public TargetRules.Target check(String url) {
        return rules.check(url, host -> List.of(InetAddress.getAllByName(host)));
    }
}
