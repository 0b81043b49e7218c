import type { BankCallContext } from './client.js';
import { hasArray, userQuery } from './service-helpers.js';
import type { RecipientInputDto, RecipientsResponseDto } from './types.js';

// Every recipients operation except DELETE answers the `{recipients: [...]}` wrapper, even for a
// single recipient (contract §6.3). An unknown id is HTTP 400 REC_14004, not 404 (see isNotFoundError).

export async function listRecipients(ctx: BankCallContext): Promise<RecipientsResponseDto> {
  return send(ctx, 'GET', undefined, {});
}

export async function getRecipient(ctx: BankCallContext, recipientId: string): Promise<RecipientsResponseDto> {
  return send(ctx, 'GET', recipientId, {});
}

/** `validate=true` makes the bank test the recipient with a "lucky transfer" from `fromAccountId`. */
export async function createRecipient(
  ctx: BankCallContext, recipient: RecipientInputDto, params: { validate?: boolean; fromAccountId?: string } = {},
): Promise<RecipientsResponseDto> {
  return send(ctx, 'POST', undefined, { validate: params.validate, fromAccountId: params.fromAccountId }, recipient);
}

export async function updateRecipient(
  ctx: BankCallContext, recipientId: string, recipient: RecipientInputDto, params: { fromAccountId?: string } = {},
): Promise<RecipientsResponseDto> {
  // The bank rejects a body whose id differs from the path (REC_12010), so the path id wins.
  return send(ctx, 'PUT', recipientId, { fromAccountId: params.fromAccountId }, { ...recipient, id: recipientId });
}

export async function deleteRecipient(ctx: BankCallContext, recipientId: string): Promise<void> {
  await ctx.client.request<void>({
    service: 'recipients',
    method: 'DELETE',
    id: recipientId,
    query: userQuery(ctx.user),
    // 204 without a body; any 2xx counts, since a DELETE is never retried and must not be reported failed.
    expectBody: false,
  }, ctx.call);
}

async function send(
  ctx: BankCallContext, method: 'GET' | 'POST' | 'PUT', recipientId: string | undefined,
  query: Record<string, string | boolean | undefined>, body?: RecipientInputDto,
): Promise<RecipientsResponseDto> {
  const response = await ctx.client.request<RecipientsResponseDto>({
    service: 'recipients',
    method,
    id: recipientId,
    query: { ...userQuery(ctx.user), ...query },
    body,
    validate: hasArray('recipients'),
  }, ctx.call);
  return response.body;
}
