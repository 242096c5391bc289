package app.receipts.rules;

import app.receipts.entries.Competency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word stems that point to a competency, with a weight. A stem matches at the start of a word
 * ("refactor" matches "refactored"); a stem with a space matches that phrase. One line per
 * competency: "stem:weight stem:weight …" (weight 2 when left out).
 */
final class Lexicon {
  record Cue(String stem, Competency competency, int weight) {}

  private static final Map<Competency, String> ENTRIES = new HashMap<>();

  static {
    ENTRIES.put(
        Competency.CODE_QUALITY,
        "data_quality:4 quality_checks:4 assertions:3 validation:2 double-counting:3 "
            + "stale:3 secure_coding:3 "
            + "pull_requests:2 review_comments:3 mypy:3 eslint:3 prettier:3 sonar:3 complexity:3 naming:2 test_pyramid:4 contract_test:4 visual_regression:4 axe:3 wcag:4 voiceover:3 talkback:3 keyboard:3 focus_order:3 color_contrast:3 unit_tests:4 type_check:3 types:2 error_handling:3 "
            + "boilerplate:4 component:3 hand-rolled:3 copies:3 callbacks:3 concurrency:3 unused:2 deleted:1 "
            + "refactor:4 test:3 tests:3 coverage:4 lint:4 tech_debt:4 clean_up:3 cleanup:3 cleaned:3 "
            + "readab:4 type_safe:3 typed:2 typescript:2 dead_code:4 flaky:3 static_analysis:4 "
            + "code_quality:5 simplif:3 modulari:3 deduplicat:3 code_review:3 reviewed:3 "
            + "review:2 unit:2 integration_test:3 e2e:3 snapshot:2 mutation:3 accessib:3 a11y:3 "
            + "aria:3 screen_reader:3 contrast:2 warnings:3 deprecat:2 strict:2 null:2 "
            + "rewrote:2 rewrite:2 extracted:2 decoupl:2 if-statement:3 duplicat:3 "
            + "maintainab:4 legacy:2 prs:2 pull_request:2 docstring:2 comments:1 "
            + "style_formatter:3 conventions:2 regression:2 property-based:3 fuzz:3 hand-written:3 async/await:3 compile_time:3 easier_to_read:4");
    ENTRIES.put(
        Competency.SYSTEM_DESIGN,
        "modelled:4 modeled:4 remodel:4 dimensional:3 star_schema:4 customer_360:3 single_source:3 "
            + "threat:5 headers:2 branch_protection:4 signed_commits:4 harden:4 oidc:4 short-lived:3 long-lived:3 zero-trust:4 segmentation:4 private_link:3 vpc:2 firewall:3 allowlist:3 capacity_plan:4 game_day:3 dr_:3 disaster_recovery:4 "
            + "proposal:3 trade-off:4 tradeoff:4 adr:4 decision_record:4 multi-tenant:4 tenant:3 isolation:3 sandbox:3 zero-downtime:2 blue/green:3 dual-write:4 backfill:2 cdc:3 event_bus:4 webhook:2 saml:3 scim:3 at_rest:3 hsm:4 csp:3 waf:3 ddos:3 audit_log:3 threat:3 api_gateway:4 service_mesh:4 decompos:4 split_the:2 extracted_the:2 redesigned:3 re-architect:5 "
            + "ingress:4 envoy:3 kubernetes:2 cronjobs:2 pet_server:3 access:3 semantic_layer:4 metrics_layer:4 layer:2 peak:2 events/s:2 "
            + "design:3 architect:4 schema:3 data_model:4 rfc:4 event-driven:4 event_sourcing:4 "
            + "scalab:3 distributed:3 shard:4 partition:3 api_contract:4 contract:3 "
            + "microservice:3 caching_layer:4 service_boundar:4 queue:2 monolith:3 region:3 "
            + "multi-region:4 uptime:2 availability:3 redundan:3 failover:4 idempoten:4 "
            + "replica:3 consistency:3 outbox:4 saga:4 cqrs:4 grpc:2 graphql:2 "
            + "authn:3 authz:3 rbac:4 sso:3 oauth:3 encrypt:4 secret:3 vault:3 mtls:4 "
            + "zero_trust:4 threat_model:4 permission:2 least_privilege:4 access_control:4 "
            + "iam:3 kms:3 tls:3 signing:3 policy:2 mfa:3 2fa:3 rate_limit:3 backpressure:4 "
            + "circuit_breaker:4 cache:2 caching:2 storage_layer:3 warehouse:2 lakehouse:3 "
            + "streaming:2 kafka:2 cdn:2 offline-first:3 offline:2 sync_engine:3 "
            + "versioning:2 backwards_compat:3 interface:2 abstraction:2 platform:2 sdk:2 feature_flags:3 proxy:3 service_account:3 revoked:3");
    ENTRIES.put(
        Competency.PROBLEM_SOLVING,
        "idor:4 xss:4 csrf:4 injection:4 sqli:4 ssrf:4 takeover:3 compromised:3 "
            + "slow_query:4 throttl:3 contention:4 lock:2 hot_partition:4 retry_storm:4 flapping:3 intermittent:4 reproduc:4 bisect:4 heap_dump:4 flame_graph:4 egress:2 5xx:3 exception:2 stack_trace:3 segfault:4 crash-free:3 crash_rate:4 fraud:3 regress:2 hotspot:3 spot_instances:3 reserved_instances:3 savings_plan:3 pentest:2 mismatch:3 hydration:3 pool:2 connection_pool:4 "
            + "forecast:3 mape:3 accuracy:2 pii:3 masked:3 rating:2 layout_shift:4 web_vitals:4 rotated:4 credentials:3 leaked:2 mttr:3 click-through:3 dns:2 "
            + "debug:4 root_cause:5 root-caus:5 investigat:4 diagnos:4 leak:4 race_condition:5 "
            + "deadlock:5 bottleneck:4 latency:3 optimi:3 profil:4 incident:3 outage:3 "
            + "crash:3 fixed:2 tracked_down:5 bug:2 index:2 p95:3 p99:3 p50:2 cost:3 "
            + "rightsiz:3 memory:3 slow:3 faster:2 throughput:3 error_rate:4 errors:3 "
            + "timeout:3 n+1:4 query:2 queries:2 cpu:3 oom:4 hotfix:3 regression:2 "
            + "spike:3 gc:3 heap:3 load:2 bill:3 spend:3 cheaper:3 savings:2 saved:2 "
            + "perf:3 performance:3 speed:2 sped:3 tuned:3 tuning:3 hit_rate:3 "
            + "corrupt:3 data_loss:3 mitigat:3 restored:3 recovered:3 back_in:2 "
            + "vulnerab:3 cve:2 exploit:3 breach:3 patched:3 jank:3 frame:2 startup:3 "
            + "cold_start:4 anr:4 bundle:2 payload:2 lcp:3 ttfb:3 retries:2 backlog:1 "
            + "conversion:1 failures:3 failing:2 broken:2 stuck:3 lag:3 hang:3 auc:4 model_accuracy:4 reconcil:4 upload_time:3 abandonment:3");
    ENTRIES.put(
        Competency.COLLABORATION,
        "intern:4 apprentice:4 new_joiner:4 kickoff:3 ran_the:1 tech_talk:5 lunch_and_learn:5 demo_day:4 all-hands:4 wrote_up:3 shared:2 faq:3 announced:2 partnered:4 liaison:4 vendor:2 customer_call:3 support_team:3 sales:2 cs_team:3 signed_off:3 buy-in:4 interview_loop:4 career_ladder:5 coaching:4 leavers:4 psychological_safety:5 team_health:4 ran_comms:4 comms:3 status_page:2 "
            + "documented:3 catalog:2 trained:5 worked_with:4 with_design:3 analysts:2 walked:3 guide:3 shadowed:5 reports:3 agree:4 director:3 escalated:4 budget:3 definition_of_done:3 performance_plan:4 using_it:3 product_teams:3 so_they_can:3 approved:2 "
            + "mentor:5 paired:4 pair_program:5 onboard:4 coordinat:4 cross-team:4 workshop:4 "
            + "presented:4 present:3 talk:4 taught:4 teach:4 interview:4 unblock:3 junior:3 "
            + "new_hire:4 hired:4 hiring:4 aligned:3 align:3 facilitat:4 knowledge_shar:4 "
            + "brown_bag:4 customer:1 support:1 stakeholder:4 partner:2 design_partner:3 "
            + "demo:3 meetup:4 conference:4 guild:3 community:3 office_hours:4 1:1:3 "
            + "coach:4 feedback:3 shadow:3 wrote_the_guide:3 guide:2 handbook:3 wiki:2 "
            + "docs:2 documentation:3 tutorial:3 explained:3 helped:5 with_the:1 "
            + "together:2 team:1 teams:1 product:1 design_team:2 legal:2 finance:2 "
            + "engineers:2 devs:2 people:2 retro:2 offsite:3 consensus:4 negotiat:3 "
            + "sync:1 cross-functional:4 contributors:3 open_source:2 upstream:3 blog:3 "
            + "newsletter:3 presentation:4 deck:3 survey:2 enps:3 morale:4 career:4 "
            + "promotion:3 promoted:3 growth_plan:4 1:1s:3 headcount:3 recruit:4 candidates:4 "
            + "reviewers:2 rotation:1 on-call_handover:2 ramp:3 buddy:4 attrition:4 sign-off:3");
    ENTRIES.put(
        Competency.DELIVERY,
        "submitted:3 store_review:3 100%_of:2 go_live:4 descoped:5 phase:1 quarterly:1 key_result:5 deliver:3 on_track:4 before_the_deadline:5 launch_date:5 release_date:5 in_time:4 "
            + "migrated:3 day_one:4 key_results:5 okr:5 we_planned:4 planned:3 asked_for:4 "
            + "shipped:4 ship:3 launch:4 released:4 release:2 delivered:4 deadline:5 on_time:5 "
            + "ahead_of_schedule:5 early:3 rolled_out:3 rollout:3 milestone:4 completed:2 "
            + "went_live:4 go-live:4 closed:1 scope:4 descop:4 mvp:4 beta:3 ga:3 "
            + "general_availability:4 app_store:3 play_store:3 cutover:3 landed:3 "
            + "before_the:2 sprint:2 roadmap:3 weeks_early:5 days_early:5 on_schedule:5 "
            + "feature:2 features:2 v1:3 pilot:3 dates:2 date:2 committed:2 promised:3 "
            + "finished:2 wrapped:2 done:1 audit:2 compliance:2 soc:2 contract_deadline:5 went_out:4 is_live:4 commitments:4");
    ENTRIES.put(
        Competency.CONTINUOUS_IMPROVEMENT,
        "tabletop:3 drill:3 access_review:4 "
            + "release_train:4 cadence:3 decommission:4 golden_path:5 dev_env:4 devcontainer:4 local_setup:4 docker-compose:3 scripts:3 cron:2 blameless:4 guardrails:4 push_protection:4 secret_scanning:4 sast:3 dast:3 image_size:4 bundle_size:3 paged:3 escalation_polic:4 schedules:2 renovat:4 upgrad:2 autoscal:2 consolidat:3 "
            + "bumped:4 dependenc:3 retired:4 sbom:4 generation:2 scanning:3 semgrep:3 triage:3 meetings:3 how_we_run:4 incident_reviews:3 rota:4 set_up:2 setting_up:2 handover:3 notes:2 module:2 hand-clicking:3 test_suite:3 published:2 "
            + "automat:5 ci:4 ci/cd:4 pipeline:2 process:3 retro:2 runbook:5 tooling:4 script:3 "
            + "streamlin:4 checklist:4 alert:3 alerting:3 dashboard:3 postmortem:3 "
            + "post-mortem:4 developer_experience:4 dx:3 build_time:5 build:3 builds:3 toil:5 "
            + "self-serve:4 self-service:4 template:3 pre-commit:4 hook:3 "
            + "makefile:3 cli:3 generator:3 scaffold:4 deploy:2 deploys:3 deployment:3 "
            + "docker:3 image:3 container:2 terraform:3 iac:4 helm:3 github_actions:4 "
            + "workflow:3 cache:1 caching:1 upgrade:3 upgraded:3 bump:3 renovate:4 "
            + "dependabot:4 slo:3 sli:3 on-call:2 pages:3 paging:3 noise:3 noisy:3 "
            + "observab:3 tracing:3 metrics:2 logging:2 logs:2 linter:2 lint_rule:3 "
            + "policy:1 guardrail:3 playbook:4 onboarding_doc:2 release_process:5 "
            + "lead_time:4 dora:4 feedback_loop:4 flaky:1 monorepo:3 preview_env:4 "
            + "canary:3 rollback:3 feature_flag:3 migrations:2 proactive:3 weekly:1 meeting:2 pre-read:4 incident_review:3");
  }

  static final List<Cue> CUES = parse();

  private Lexicon() {}

  private static List<Cue> parse() {
    List<Cue> cues = new ArrayList<>();
    for (Competency competency : Competency.values()) {
      for (String entry : ENTRIES.get(competency).split(" ")) {
        int colon = entry.lastIndexOf(':');
        String stem = colon > 0 ? entry.substring(0, colon) : entry;
        int weight = colon > 0 ? Integer.parseInt(entry.substring(colon + 1)) : 2;
        cues.add(new Cue(stem.replace('_', ' '), competency, weight));
      }
    }
    return List.copyOf(cues);
  }
}
