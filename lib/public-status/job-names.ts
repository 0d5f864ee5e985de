// Queue names of the public page's subscriber notifications, apart from the
// handlers so that enqueuing them loads no mail or webhook code.
export const FAN_OUT_JOB = "status.fan-out-update";
export const DELIVER_JOB = "status.deliver-update";
