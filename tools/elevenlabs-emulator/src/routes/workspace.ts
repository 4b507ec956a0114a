// Workspace webhooks: /v1/workspace/webhooks[/{webhook_id}]. The stand-in has one webhook, the
// --webhook-url target; listing shows whether it was disabled, and PATCH re-enables it or turns retries on.

import { jsonBody, notFound, route, sendJson, validationError } from "../http.ts";
import type { Ctx, Route, ValidationItem } from "../http.ts";
import { workspaceWebhookBody } from "../webhooks.ts";

function list(ctx: Ctx) {
  sendJson(ctx, 200, { webhooks: ctx.em.opts.webhookUrl ? [workspaceWebhookBody(ctx.em)] : [] });
}

async function update(ctx: Ctx) {
  const w = ctx.em.webhook;
  if (!ctx.em.opts.webhookUrl || ctx.params.webhook_id !== w.webhook_id) throw notFound(ctx, "webhook", ctx.params.webhook_id);
  const body = await jsonBody(ctx);
  const errors: ValidationItem[] = [];
  if (typeof body.is_disabled !== "boolean") errors.push({ loc: ["body", "is_disabled"], msg: "field required", type: "value_error.missing" });
  if (typeof body.name !== "string") errors.push({ loc: ["body", "name"], msg: "field required", type: "value_error.missing" });
  if (body.retry_enabled !== undefined && typeof body.retry_enabled !== "boolean") errors.push({ loc: ["body", "retry_enabled"], msg: "value could not be parsed to a boolean", type: "type_error.bool" });
  if (errors.length) throw validationError(errors);
  w.name = body.name as string;
  w.is_disabled = body.is_disabled as boolean;
  if (!w.is_disabled && w.is_auto_disabled) {
    // Re-enabling an auto-disabled webhook starts its failure count afresh.
    w.is_auto_disabled = false;
    w.consecutive_failures = 0;
  }
  if (typeof body.retry_enabled === "boolean") w.retry_enabled = body.retry_enabled;
  sendJson(ctx, 200, { status: "ok" });
}

export const workspaceRoutes: Route[] = [
  route("workspace.webhooks_list", "GET", "/v1/workspace/webhooks", list),
  route("workspace.webhooks_update", "PATCH", "/v1/workspace/webhooks/:webhook_id", update),
];
