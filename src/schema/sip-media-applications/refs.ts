import type { SipMediaApplicationModel } from '../../loaders/sip-media-applications.ts';
import { builder } from '../builder.ts';

// The SipMediaApplication type's reference, apart from its fields: an application lists the SIP
// rules that target it, and a rule points at its applications, so each side imports the other's
// reference from a leaf module.

/** The SipMediaApplication object type, implemented in sip-media-application.ts. */
export const SipMediaApplicationRef = builder.objectRef<SipMediaApplicationModel>('SipMediaApplication');
