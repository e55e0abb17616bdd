// The dashboard's whole script: the parts in one strict function scope, in the order they are used.

import { CLIENT_CHART } from './chart.js';
import { CLIENT_CONTROLS } from './controls.js';
import { CLIENT_FORMAT } from './format.js';
import { CLIENT_INTERACT } from './interact.js';
import { CLIENT_LIST } from './list.js';
import { CLIENT_MAIN } from './main.js';

export const DASHBOARD_SCRIPT = `(function () {
'use strict';
${[CLIENT_FORMAT, CLIENT_CHART, CLIENT_INTERACT, CLIENT_LIST, CLIENT_MAIN, CLIENT_CONTROLS].join('')}
})();
`;
