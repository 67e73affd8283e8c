// Registered with the other tab scripts only when the user turned automatic detection
// on (and granted the permission): runs Lede's cheap detection at page idle.
'use strict';

globalThis.ledeAutoStart?.();
