/** The German catalogue, the source of every key: one area per surface or domain, each in its own file. */
import { admin } from './admin';
import { auth } from './auth';
import { contact } from './contact';
import { curation } from './curation';
import { dashboard } from './dashboard';
import { devMailbox } from './dev-mailbox';
import { digest } from './digest';
import { docs } from './docs';
import { fit } from './fit';
import { freshness } from './freshness';
import { groups } from './groups';
import { guide } from './guide';
import { listingPage } from './listing-page';
import { manage } from './manage';
import { properties } from './properties';
import { reasons } from './reasons';
import { responsiveness } from './responsiveness';
import { savedSearches } from './saved-searches';

export const de = { admin, auth, contact, curation, dashboard, devMailbox, digest, docs, fit, freshness, groups, guide, listingPage, manage, properties, reasons, responsiveness, savedSearches };
