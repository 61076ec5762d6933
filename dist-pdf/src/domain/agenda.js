"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=agenda.js.map