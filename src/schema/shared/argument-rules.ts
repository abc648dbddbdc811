import {
  defaultFieldResolver,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import {
  brokenRule,
  PARAMETERS,
  type ParameterName,
  parameterRule,
  type TextRule,
} from '../../chime/parameters.ts';
import { badUserInput } from '../../errors.ts';
import { fieldName } from '../../resolvers/shared/input-rules.ts';
import { splitCompoundId } from './ids.ts';

/*
 * The graph's arguments keep the upstream's rules for the members they fill (src/chime/parameters.ts),
 * checked before a resolver runs, so that a refusal names the argument and costs no upstream call.
 * An argument named after its member (`accountId` → AccountId, `userIds` → each a UserId) needs no
 * declaration; the table below names the rest.
 */

/** Arguments whose name alone does not say the member they fill: `Type.field.argument` → operation, member. */
const DECLARED: Readonly<Record<string, readonly [operation: string, member: string]>> = {
  'Query.accounts.name': ['ListAccounts', 'Name'],
  'Query.accounts.userEmail': ['ListAccounts', 'UserEmail'],
  'Account.users.userEmail': ['ListUsers', 'UserEmail'],
  'Query.availablePhoneNumbers.country': ['SearchAvailablePhoneNumbers', 'Country'],
  'Query.availablePhoneNumbers.tollFreePrefix': ['SearchAvailablePhoneNumbers', 'TollFreePrefix'],
  'Channel.moderator.moderatorArn': ['DescribeChannelModerator', 'ChannelModeratorArn'],
  'AppInstance.admin.adminArn': ['DescribeAppInstanceAdmin', 'AppInstanceAdminArn'],
  'Mutation.redactRoomMessage.input.messageId': ['RedactRoomMessage', 'MessageId'],
  'Mutation.redactConversationMessage.input.messageId': ['RedactConversationMessage', 'MessageId'],
  'Mutation.validateE911Address.input.awsAccountId': ['ValidateE911Address', 'AwsAccountId'],
  'Mutation.createMediaCapturePipeline.input.sourceArn': ['CreateMediaCapturePipeline', 'SourceArn'],
  'Mutation.createMediaCapturePipeline.input.sinkArn': ['CreateMediaCapturePipeline', 'SinkArn'],
  'Mutation.createMediaCapturePipeline.input.chimeSdkMeetingConfiguration.selectedAttendeeIds': [
    'CreateMediaCapturePipeline',
    'AttendeeIds',
  ],
  'Mutation.createMediaCapturePipeline.input.chimeSdkMeetingConfiguration.selectedExternalUserIds': [
    'CreateMediaCapturePipeline',
    'ExternalUserIds',
  ],
  'Query.tagsForResource.resourceArn': ['ListTagsForResource', 'ResourceARN'],
  'Mutation.tagResource.input.resourceArn': ['ListTagsForResource', 'ResourceARN'],
  'Mutation.untagResource.input.resourceArn': ['ListTagsForResource', 'ResourceARN'],
};

/**
 * The upstream rule an argument or input field keeps, or undefined: `coordinate` is where it sits
 * (`Query.account.accountId`, `Mutation.updateUser.input.userId`), `name` its own name.
 */
export function ruleOfArgument(coordinate: string, name: string): TextRule | undefined {
  const declared = DECLARED[coordinate];
  if (declared) return parameterRule(...declared);
  const member = name.charAt(0).toUpperCase() + name.slice(1);
  return parameterOf(member) ?? parameterOf(member.replace(/(Id|Arn)s$/, '$1'));
}

function parameterOf(member: string): TextRule | undefined {
  return Object.hasOwn(PARAMETERS, member) ? PARAMETERS[member as ParameterName] : undefined;
}

/**
 * What the first argument of `field` (on the type `typeName`) that breaks its rule breaks, as a
 * sentence naming it (`userId must match the pattern …, got "x\r\ny"`); null when all keep them.
 */
export function argumentProblem(
  typeName: string,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): string | null {
  for (const arg of field.args) {
    const problem = valueProblem(`${typeName}.${field.name}`, arg, arg.type, args[arg.name], [arg.name]);
    if (problem) return problem;
  }
  return null;
}

function valueProblem(
  coordinate: string,
  arg: GraphQLArgument | { name: string },
  type: GraphQLInputType,
  value: unknown,
  path: string[],
): string | null {
  if (value === undefined || value === null) return null;
  if (isNonNullType(type)) return valueProblem(coordinate, arg, type.ofType, value, path);
  if (isListType(type)) {
    if (!Array.isArray(value)) return valueProblem(coordinate, arg, type.ofType, value, path);
    for (const [index, item] of value.entries()) {
      const problem = valueProblem(coordinate, arg, type.ofType, item, [...path, String(index)]);
      if (problem) return problem;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    for (const inputField of Object.values(type.getFields())) {
      const problem = valueProblem(
        `${coordinate}.${arg.name}`,
        inputField,
        inputField.type,
        (value as Record<string, unknown>)[inputField.name],
        [...path, inputField.name],
      );
      if (problem) return problem;
    }
    return null;
  }
  if (typeof value !== 'string') return null;
  const rule = ruleOfArgument(`${coordinate}.${arg.name}`, arg.name);
  const problem = rule && brokenRule(rule, value);
  return problem ? `${fieldName(path)} ${problem}` : null;
}

/**
 * `schema` with every field that takes arguments (but the mutations, which answer broken rules as
 * `userErrors` of their payload) refusing, as BAD_USER_INPUT, arguments that break their rule.
 */
export function withArgumentRules(schema: GraphQLSchema): GraphQLSchema {
  const mutationType = schema.getMutationType();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type === mutationType || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => {
        const problem = argumentProblem(type.name, field, args);
        if (problem) throw badUserInput(problem);
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}

/** The members a Node type's id holds, in order (compound ids: `accountId|userId`). */
export const NODE_ID_PARAMETERS: Readonly<Record<string, readonly ParameterName[]>> = {
  Account: ['AccountId'],
  User: ['AccountId', 'UserId'],
  Bot: ['AccountId', 'BotId'],
  PhoneNumber: ['PhoneNumberId'],
  PhoneNumberOrder: ['PhoneNumberOrderId'],
  VoiceConnector: ['VoiceConnectorId'],
  VoiceConnectorGroup: ['VoiceConnectorGroupId'],
  ProxySession: ['VoiceConnectorId', 'ProxySessionId'],
  Room: ['AccountId', 'RoomId'],
  SipMediaApplication: ['SipMediaApplicationId'],
  SipRule: ['SipRuleId'],
  Channel: ['ChannelArn'],
  AppInstance: ['AppInstanceArn'],
  AppInstanceUser: ['AppInstanceUserArn'],
  Meeting: ['MeetingId'],
  Attendee: ['MeetingId', 'AttendeeId'],
  MediaCapturePipeline: ['MediaPipelineId'],
};

/** The Node types whose ids `nodeIdKeepsRules` knows. */
export const NODE_TYPES_WITH_ID_RULES = Object.keys(NODE_ID_PARAMETERS);

/**
 * Whether a decoded node id could name a `typename`: every id it holds keeps its member's rule.
 * One that cannot is an unknown id, answered null without asking the upstream.
 */
export function nodeIdKeepsRules(typename: string, id: string): boolean {
  const members = NODE_ID_PARAMETERS[typename];
  if (!members) return false;
  const parts = members.length === 1 ? [id] : splitCompoundId(id, members.length);
  return (
    parts !== null && members.every((member, index) => brokenRule(PARAMETERS[member], parts[index]!) === null)
  );
}
